using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>Turns byte offsets into lines and columns, for offsets asked in increasing order.</summary>
internal interface IPositionSource
{
    /// <summary>The line and column of an absolute offset at or after every offset asked before.</summary>
    /// <param name="offset">The byte offset from the start of the input.</param>
    /// <returns>The position.</returns>
    SourcePosition PositionAt(long offset);
}

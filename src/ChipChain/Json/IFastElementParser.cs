using System.Text.Json;

namespace ChipChain.Json;

/// <summary>
/// Parses one ordinary array element straight from the buffer with the caller's <see cref="Utf8JsonReader"/>, so a
/// large file is read with one reader per buffer rather than one per token. Anything unusual is left to the
/// token-by-token parser, which owns every error message.
/// </summary>
internal interface IFastElementParser
{
    /// <summary>Reads the next element; adds it only when it returns <see cref="FastElementResult.Parsed"/>.</summary>
    /// <param name="reader">The reader, positioned before the element.</param>
    /// <param name="positions">Where source positions come from (the token reader, or a chunk's line counter).</param>
    /// <param name="sliceStart">The absolute offset of the reader's first byte.</param>
    /// <param name="index">The element's index in its array.</param>
    FastElementResult TryParse(ref Utf8JsonReader reader, IPositionSource positions, long sliceStart, int index);

    /// <summary>
    /// Reads the next element with the flat-object scanner. <see cref="FastElementResult.NeedMoreData"/> means the
    /// scanner stopped at something it leaves to a reader: the caller reads the element again with
    /// <see cref="TryParse(ref Utf8JsonReader, IPositionSource, long, int)"/>, so what was done before the stop must be
    /// harmless to repeat (the parsers add an element only once it is complete).
    /// </summary>
    /// <param name="scanner">The scanner, positioned before the element.</param>
    /// <param name="positions">Where source positions come from.</param>
    /// <param name="sliceStart">The absolute offset of the scanner's first byte.</param>
    /// <param name="index">The element's index in its array.</param>
    FastElementResult TryParse(ref FlatObjectScanner scanner, IPositionSource positions, long sliceStart, int index);

    /// <summary>Completes what the parser left pending at the end of a chunk (see <see cref="FastLinkParser"/>).</summary>
    /// <returns>Whether every element the chunk parsed stands; if not, the chunk is read token by token instead.</returns>
    bool Finish() => true;
}

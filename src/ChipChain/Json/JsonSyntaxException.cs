using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>The input is not well-formed JSON.</summary>
internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string message, SourcePosition? position)
        : base(message) => Position = position;

    /// <summary>Where the error is; null when it is about the whole file.</summary>
    public SourcePosition? Position { get; }
}

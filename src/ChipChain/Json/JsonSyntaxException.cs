using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>The input is not well-formed JSON.</summary>
internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string message, SourcePosition position)
        : base(message) => Position = position;

    public SourcePosition Position { get; }
}

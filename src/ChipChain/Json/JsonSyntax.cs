using System.Text.Json;

namespace ChipChain.Json;

/// <summary>
/// Names what is wrong in JSON that <see cref="Utf8JsonReader"/> refused. The reader is asked only <em>that</em> the
/// input is malformed; this scans the bytes from the reader's last good state with JSON's grammar and words the
/// problem itself, so messages and positions are the project's own and never the framework's text. Error path only.
/// </summary>
internal static class JsonSyntax
{
    /// <summary>Finds the first problem in <paramref name="rest"/>, the bytes from where the failing read started.</summary>
    /// <param name="rest">The unread bytes, from the end of the last token read.</param>
    /// <param name="state">The reader's state before the failing read (its options, depth and last token).</param>
    /// <param name="final">Whether the input ends with <paramref name="rest"/>.</param>
    /// <returns>The problem, or null when the bytes end before it shows and more will follow.</returns>
    public static JsonSyntaxProblem? Find(ReadOnlySpan<byte> rest, JsonReaderState state, bool final)
    {
        var probe = new Utf8JsonReader(ReadOnlySpan<byte>.Empty, isFinalBlock: false, state);
        var token = probe.TokenType;
        var opens = token is JsonTokenType.StartObject or JsonTokenType.StartArray;
        var nesting = probe.CurrentDepth + (opens ? 1 : 0);
        var (expect, inArray) = token switch
        {
            JsonTokenType.None => (JsonSyntaxScanner.Expect.Root, false),
            JsonTokenType.StartObject => (JsonSyntaxScanner.Expect.FirstName, false),
            JsonTokenType.StartArray => (JsonSyntaxScanner.Expect.FirstValue, true),

            // The reader takes a property name together with its colon.
            JsonTokenType.PropertyName => (JsonSyntaxScanner.Expect.ValueAfterColon, false),
            _ when nesting == 0 => (JsonSyntaxScanner.Expect.End, false),
            _ => (JsonSyntaxScanner.Expect.After, InArray(state)),
        };
        var scanner = new JsonSyntaxScanner(rest, final, state.Options, nesting, inArray);
        var problem = scanner.Run(expect);
        return problem.Offset < 0 ? null : problem;
    }

    /// <summary>Whether the value just read is an array's element: only then may a ']' follow it.</summary>
    private static bool InArray(JsonReaderState state)
    {
        var reader = new Utf8JsonReader("]"u8, isFinalBlock: false, state);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.EndArray;
        }
        catch (JsonException)
        {
            // Only the fact matters: a ']' does not fit here, so the value is a property's.
            return false;
        }
    }
}

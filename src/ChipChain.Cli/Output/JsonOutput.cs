using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChipChain.Cli.Output.Json;

namespace ChipChain.Cli.Output;

/// <summary>
/// Writes indented, deterministic JSON to a text writer (UTF-8, readable non-ASCII, trailing newline). Every output is
/// a record serialised through <see cref="CliJsonContext"/> (camelCase names) on a writer with <see cref="Options"/>
/// (indentation, the relaxed encoder), so the contracts need no hand-written tokens.
/// </summary>
internal static class JsonOutput
{
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="value"/> through its source-generated contract (<see cref="CliJsonContext"/>).</summary>
    public static void Write<T>(TextWriter output, T value, JsonTypeInfo<T> type) =>
        Write(output, w => JsonSerializer.Serialize(w, value, type));

    /// <summary>
    /// The one-or-all-targets shape: with <c>--target</c> (<paramref name="oneTarget"/>) the target's object alone,
    /// else <c>{"targets": [...]}</c> with one such object per target.
    /// </summary>
    public static void WritePerTarget<T>(TextWriter output, bool oneTarget, IReadOnlyList<T> perTarget, JsonTypeInfo<T> one, JsonTypeInfo<TargetsJson<T>> all)
    {
        if (oneTarget)
        {
            Write(output, perTarget.Single(), one);
        }
        else
        {
            Write(output, new TargetsJson<T>(perTarget), all);
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> on a writer with <see cref="Options"/>: for an object whose members are open-ended
    /// (the report's sections), each serialising its own record.
    /// </summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var memory = new MemoryStream();
        using (var writer = new Utf8JsonWriter(memory, Options))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(memory.ToArray()));
        output.Write('\n');
    }
}

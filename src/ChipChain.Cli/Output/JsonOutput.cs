using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChipChain.Cli.Output;

/// <summary>Writes indented, deterministic JSON to a text writer (UTF-8, readable non-ASCII, trailing newline).</summary>
internal static class JsonOutput
{
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonSerializerOptions SerializerOptions { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

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

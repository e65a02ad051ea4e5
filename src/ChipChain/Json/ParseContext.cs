using System.Globalization;
using System.Text.Json;
using ChipChain.Model;
using ChipChain.Validation;

namespace ChipChain.Json;

/// <summary>The token reader plus the diagnostics found so far and typed value helpers that report, not throw.</summary>
internal sealed class ParseContext(JsonTokenReader reader)
{
    public JsonTokenReader Reader { get; } = reader;

    /// <summary>Whether ordinary nodes and links are parsed by the fast element parsers (tests compare both paths).</summary>
    public bool UseFastPath { get; init; } = true;

    /// <summary>The pool of repeated short strings (kinds, countries, units, items, source ids).</summary>
    public StringPool Strings { get; } = new();

    /// <summary>
    /// The chunk size in bytes for reading the nodes and links arrays in parallel, or 0 to read them one element at
    /// a time (always so when the input is streamed rather than held in memory).
    /// </summary>
    public int ParallelChunkSize { get; init; }

    /// <summary>
    /// Whether an array was read in parallel. The token reader then skipped it, and its own positions for malformed
    /// JSON later in the file may be off, so a read with errors is done again sequentially.
    /// </summary>
    public bool ReadInParallel { get; set; }

    public List<Diagnostic> Diagnostics { get; } = [];

    public bool HasErrors { get; private set; }

    public void Error(string message, string? path, SourcePosition? position)
    {
        HasErrors = true;
        Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, OneLine(message, MaxMessageLength), path, position));
    }

    // Every message is one readable line, whatever the file holds: values inside are cut by Quote, and this bounds
    // the rest.
    private const int MaxMessageLength = 280;
    private const int MaxQuotedLength = 60;

    /// <summary>A value from the file as it may appear in a message: control characters escaped, at most 60 characters.</summary>
    public static string Quote(ReadOnlySpan<char> value) => OneLine(value, MaxQuotedLength);

    /// <summary>
    /// <paramref name="text"/> with control characters escaped (<c>\n</c>, <c>\u0001</c>) and cut to
    /// <paramref name="max"/> characters with an ellipsis.
    /// </summary>
    public static string OneLine(ReadOnlySpan<char> text, int max)
    {
        var result = new System.Text.StringBuilder(Math.Min(text.Length, max + 8));
        foreach (var c in text)
        {
            if (result.Length >= max)
            {
                result.Length = max - 1;
                return result.Append('…').ToString();
            }

            _ = c switch
            {
                '\n' => result.Append("\\n"),
                '\r' => result.Append("\\r"),
                '\t' => result.Append("\\t"),
                _ when char.IsControl(c) => result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }

    public void Warning(string message, string? path, SourcePosition? position) =>
        Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, message, path, position));

    /// <summary>The names seen in the current node, link or source object.</summary>
    public PropertyNames ElementNames { get; } = new();

    /// <summary>
    /// Whether the current property name was seen before in this object: if so, reports it at the repeated key and
    /// skips its value, since keeping either value would silently drop the other.
    /// </summary>
    /// <param name="names">The names of the object being read.</param>
    /// <param name="objectPath">The object's JSON path (<c>$</c> for the top level).</param>
    public bool Repeated(PropertyNames names, string objectPath) =>
        !names.Add(Reader.ValueBytes) && SkipRepeated(objectPath + "." + Reader.PropertyName);

    /// <summary>Like <see cref="Repeated(PropertyNames, string)"/> for a node, link or source, building the path only for an error.</summary>
    public bool Repeated(PropertyNames names, in ElementPath path) =>
        !names.Add(Reader.ValueBytes) && SkipRepeated(path.Of(Reader.PropertyName));

    private bool SkipRepeated(string path)
    {
        Error($"duplicate property \"{Quote(Reader.PropertyName)}\": a property may appear only once in an object", path, Reader.Position);
        NextValue();
        Reader.Skip();
        return true;
    }

    /// <summary>Moves from a property name to its value.</summary>
    public void NextValue()
    {
        if (!Reader.Read())
        {
            throw new JsonSyntaxException("malformed JSON: unexpected end of input", Reader.Position);
        }
    }

    /// <summary>Reads the current value as a string; null is absent; anything else is reported and skipped.</summary>
    public string? String(string path)
    {
        switch (Reader.TokenType)
        {
            case JsonTokenType.String:
                return Reader.StringValue;
            case JsonTokenType.Null:
                return null;
            default:
                Error($"expected a string, found {Describe(Reader.TokenType)}", path, Reader.Position);
                Reader.Skip();
                return null;
        }
    }

    /// <summary>Reads the current value as a string, like <see cref="String(string)"/>, building the path only for an error.</summary>
    public string? String(in ElementPath path, string field) =>
        Reader.TokenType is JsonTokenType.String or JsonTokenType.Null ? String(string.Empty) : String(path.Of(field));

    /// <summary>Reads the current value as a string from a shared pool of repeated values (same result as <see cref="String(in ElementPath, string)"/>).</summary>
    public string? Interned(in ElementPath path, string field)
    {
        if (Reader.TokenType != JsonTokenType.String || Reader.StringSpan.Length > StringPool.MaxLength)
        {
            return String(path, field);
        }

        return Strings.Intern(Reader.StringSpan);
    }

    /// <summary>Reads the current value as a number in [min, max], like <see cref="Number(string, double, double, string)"/>, building the path only for an error.</summary>
    public double? Number(in ElementPath path, string field, double min, double max, string what) =>
        Reader.TokenType == JsonTokenType.Number && Reader.NumberFits && Reader.NumberValue >= min && Reader.NumberValue <= max
            ? Reader.NumberValue
            : Reader.TokenType == JsonTokenType.Null ? null : Number(path.Of(field), min, max, what);

    /// <summary>Reads the current value as a number in [min, max]; reports and returns null otherwise.</summary>
    public double? Number(string path, double min, double max, string what)
    {
        switch (Reader.TokenType)
        {
            case JsonTokenType.Number when Reader.NumberFits && Reader.NumberValue >= min && Reader.NumberValue <= max:
                return Reader.NumberValue;
            case JsonTokenType.Number:
                Error($"{what} must be {Range(min, max)}, found {Encoding(Reader.ValueBytes)}", path, Reader.Position);
                return null;
            case JsonTokenType.Null:
                return null;
            default:
                Error($"expected {what} as a number {Range(min, max)}, found {Describe(Reader.TokenType)}", path, Reader.Position);
                Reader.Skip();
                return null;
        }
    }

    /// <summary>Reads the current value as a boolean; null is absent; anything else is reported and skipped.</summary>
    public bool? Boolean(in ElementPath path, string field)
    {
        switch (Reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            default:
                Error($"expected {field} as true or false, found {Describe(Reader.TokenType)}", path.Of(field), Reader.Position);
                Reader.Skip();
                return null;
        }
    }

    /// <summary>Reads an array of strings.</summary>
    public IReadOnlyList<string> StringArray(string path)
    {
        if (Reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (Reader.TokenType != JsonTokenType.StartArray)
        {
            Error($"expected an array of strings, found {Describe(Reader.TokenType)}", path, Reader.Position);
            Reader.Skip();
            return [];
        }

        var result = new List<string>();
        var i = 0;
        while (Reader.Read() && Reader.TokenType != JsonTokenType.EndArray)
        {
            if (String(string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]")) is { } s)
            {
                result.Add(s);
            }
        }

        return result;
    }

    /// <summary>Reads an object whose members are kept as free-form JSON values.</summary>
    public IReadOnlyDictionary<string, JsonElement> FreeObject(string path)
    {
        if (Reader.TokenType == JsonTokenType.Null)
        {
            return new Dictionary<string, JsonElement>();
        }

        if (Reader.TokenType != JsonTokenType.StartObject)
        {
            Error($"expected an object, found {Describe(Reader.TokenType)}", path, Reader.Position);
            Reader.Skip();
            return new Dictionary<string, JsonElement>();
        }

        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var names = new PropertyNames();
        while (Reader.Read() && Reader.TokenType == JsonTokenType.PropertyName)
        {
            if (Repeated(names, path))
            {
                continue;
            }

            var name = Reader.PropertyName;
            NextValue();
            result[name] = Reader.CaptureValue();
        }

        return result;
    }

    /// <summary>Keeps an unknown property's value for the round trip.</summary>
    public static void KeepUnknown(ref Dictionary<string, JsonElement>? bag, string name, JsonTokenReader reader)
    {
        bag ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        bag[name] = reader.CaptureValue();
    }

    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };

    private static string Range(double min, double max) =>
        double.IsPositiveInfinity(max)
            ? string.Create(CultureInfo.InvariantCulture, $"at least {min}")
            : string.Create(CultureInfo.InvariantCulture, $"between {min} and {max}");

    private static string Encoding(ReadOnlySpan<byte> bytes) => Quote(System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4 * MaxQuotedLength)]));
}

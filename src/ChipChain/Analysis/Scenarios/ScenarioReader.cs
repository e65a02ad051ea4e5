using System.Text.Json;
using ChipChain.IO;
using ChipChain.Json;

namespace ChipChain.Analysis.Scenarios;

/// <summary>
/// A typed pass over a scenario file: each property is checked for the kind of value it needs (object, array,
/// string, number) at its JSON path, and every error is worded here with the offending token's line and column.
/// Malformed JSON is named by <see cref="JsonSyntax"/> from the bytes; no framework message is shown or parsed.
/// </summary>
internal ref partial struct ScenarioReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private readonly ReadOnlySpan<byte> _utf8;
    private readonly string _shown;
    private Utf8JsonReader _reader;
    private JsonReaderState _before;
    private int _consumed;

    /// <summary>Starts a pass over <paramref name="utf8"/> (without a byte-order mark).</summary>
    public ScenarioReader(ReadOnlySpan<byte> utf8, string shown)
    {
        _utf8 = utf8;
        _shown = shown;
        _reader = new Utf8JsonReader(utf8, Options);
        _before = _reader.CurrentState;
    }

    private readonly int At => (int)_reader.TokenStartIndex;

    /// <summary>Reads the whole document.</summary>
    public ScenarioDocument Read()
    {
        Next("$");
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail($"expected a scenario object ('{{' ... '}}'), found {Found()}", "$", At);
        }

        var document = new ScenarioDocument();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (Next("$") == JsonTokenType.PropertyName)
        {
            var (name, path, at) = Property("$", seen);
            Next(path);
            switch (name)
            {
                case "$schema": document.Schema = OptionalText(path); break;
                case "name": document.Name = OptionalText(path); break;
                case "description": document.Description = OptionalText(path); break;
                case "include": document.Include = Texts(path); break;
                case "sources": document.Sources = Texts(path); break;
                case "fail": document.Fail = Texts(path); break;
                case "failCountries": document.FailCountries = Texts(path); break;
                case "cut": document.Cut = Cuts(path); break;
                case "degrade": document.Degrade = Degradations(path); break;
                case "defaultProbability": document.DefaultProbability = IsNull ? null : Unit(path); break;
                case "probabilityByCountry": document.ProbabilityByCountry = Probabilities(path); break;
                case "probabilityByKind": document.ProbabilityByKind = Probabilities(path); break;
                case "probabilitySources": document.ProbabilitySources = Citations(path); break;
                case "durations": document.Durations = Weeks(path); break;
                default: throw Fail($"unknown property '{name}'", path, at);
            }
        }

        // Only comments may follow the root object; anything else is malformed JSON, named by the syntax scan.
        Next("$");
        return document;
    }

    private readonly bool IsNull => _reader.TokenType == JsonTokenType.Null;

    /// <summary>Reads the next token; when the reader refuses it, the problem is named from the bytes.</summary>
    private JsonTokenType Next(string path)
    {
        _before = _reader.CurrentState;
        _consumed = (int)_reader.BytesConsumed;
        try
        {
            return _reader.Read() ? _reader.TokenType : JsonTokenType.None;
        }
        catch (JsonException)
        {
            throw Malformed(path);
        }
    }

    /// <summary>The current string token or property name; one that does not decode is malformed JSON.</summary>
    private readonly string Text(string path)
    {
        try
        {
            return _reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 or a lone surrogate: the syntax scan finds which, and where.
            throw Malformed(path);
        }
    }

    private readonly ScenarioException Malformed(string path)
    {
        var problem = JsonSyntax.Find(_utf8[_consumed..], _before, final: true)
            ?? new JsonSyntaxProblem(JsonSyntaxKind.Unknown, "the JSON cannot be read here", 0);
        return Fail("malformed JSON: " + problem.Message, path, _consumed + problem.Offset);
    }

    /// <summary>The current property name, refused when it is a second one of the same object; its path and start.</summary>
    private readonly (string Name, string Path, int At) Property(string parent, HashSet<string> seen)
    {
        var name = Text(parent);
        var path = parent + "." + name;
        if (!seen.Add(name))
        {
            throw Fail($"duplicate property \"{name}\": a property may appear only once in an object", path, At);
        }

        return (name, path, At);
    }

    private readonly string? OptionalText(string path) =>
        IsNull ? null : _reader.TokenType == JsonTokenType.String ? Text(path) : throw Fail($"expected a string, found {Found()}", path, At);

    /// <summary>A non-empty string (an id, a country code, a kind).</summary>
    private readonly string NonEmpty(string path)
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            throw Fail($"expected a string, found {Found()}", path, At);
        }

        var text = Text(path);
        return string.IsNullOrWhiteSpace(text) ? throw Fail("expected a non-empty string", path, At) : text;
    }

    private List<string>? Texts(string path)
    {
        if (IsNull)
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            throw Fail($"expected an array of strings, found {Found()}", path, At);
        }

        var result = new List<string>();
        while (Next(path) != JsonTokenType.EndArray)
        {
            var item = $"{path}[{result.Count}]";
            if (_reader.TokenType != JsonTokenType.String)
            {
                throw Fail($"expected a non-empty string, found {Found()}", item, At);
            }

            result.Add(NonEmpty(item));
        }

        return result;
    }

    private readonly double Unit(string path) =>
        _reader.TokenType == JsonTokenType.Number && _reader.TryGetDouble(out var value) && value is >= 0 and <= 1
            ? value
            : throw Fail("expected a number from 0 to 1", path, At);

    private readonly string Found() => ParseContext.Describe(_reader.TokenType);

    /// <summary>An error at a byte offset: file, line and column, the problem, and the JSON path unless it is the root.</summary>
    private readonly ScenarioException Fail(string message, string path, int offset)
    {
        var before = _utf8[..Math.Min(offset, _utf8.Length)];
        var line = before.Count((byte)'\n') + 1;
        var column = before.Length - (before.LastIndexOf((byte)'\n') + 1) + 1;
        var at = path == "$" ? string.Empty : $" (at {DisplayText.Clip(path, 60)})";
        return new ScenarioException($"{_shown}:{line}:{column}: {DisplayText.Clip(message)}{at}", line, column);
    }
}

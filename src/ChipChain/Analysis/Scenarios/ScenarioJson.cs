using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChipChain.Analysis.Scenarios;

/// <summary>
/// Reads scenario files (JSON, schema in <c>graphs/scenario.schema.json</c>): <c>fail</c> (node ids),
/// <c>failCountries</c> (country codes), <c>cut</c> (<c>{supplierCountry, consumerCountry, item?}</c>), <c>degrade</c>
/// (<c>{id, level}</c>), plus optional <c>name</c>, <c>description</c> and <c>$schema</c>. Errors are one line with the
/// file, line and column.
/// </summary>
public static partial class ScenarioJson
{
    /// <summary>Loads a scenario file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ScenarioException">The file is not a valid scenario.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Scenario Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Parses a scenario from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name errors mention (a file name).</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ScenarioException">The text is not a valid scenario.</exception>
    public static Scenario Parse(string json, string source = "scenario")
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json), source);
    }

    private static Scenario Parse(byte[] utf8, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        ScenarioDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, ScenarioJsonContext.Default.ScenarioDocument);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            var at = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? string.Empty : $" (at {ex.Path})";
            throw new ScenarioException($"{source}:{line}:{column}: {Describe(ex.Message)}{at}", line, column);
        }

        if (document is null)
        {
            throw new ScenarioException($"{source}:1:1: expected a scenario object", 1, 1);
        }

        return new Scenario
        {
            Name = document.Name,
            Description = document.Description,
            FailedNodes = document.Fail ?? [],
            FailedCountries = document.FailCountries ?? [],
            Cuts = (document.Cut ?? []).Select(c => new LinkCutFilter(c.SupplierCountry, c.ConsumerCountry, c.Item)).ToList(),
            Degradations = (document.Degrade ?? []).Select(d => new NodeDegradation(d.Id, d.Level)).ToList(),
        };
    }

    /// <summary>Turns the serializer's message into a short statement without .NET type names or position suffixes.</summary>
    private static string Describe(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        var text = (cut >= 0 ? message[..cut] : message).Trim().TrimEnd('.');
        if (text.Contains("could not be mapped", StringComparison.Ordinal) && Quoted().Match(text) is { Success: true } unknown)
        {
            return $"unknown property '{unknown.Groups[1].Value}'";
        }

        if (text.Contains("missing required properties", StringComparison.Ordinal))
        {
            var names = Quoted().Matches(text).Skip(1).Select(m => m.Groups[1].Value);
            return $"missing required property {string.Join(", ", names.Select(n => $"'{n}'"))}";
        }

        if (text.Contains("could not be converted", StringComparison.Ordinal))
        {
            return "wrong type of value";
        }

        return text.Length == 0 ? "invalid JSON" : text;
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();
}

using System.Text;
using ChipChain.IO;

namespace ChipChain.Analysis.Scenarios;

/// <summary>
/// Reads scenario files (JSON, schema in <c>graphs/scenario.schema.json</c>): <c>fail</c> (node ids),
/// <c>failCountries</c> (country codes), <c>cut</c> (<c>{supplierCountry, consumerCountry, item?}</c>), <c>degrade</c>
/// (<c>{id, level}</c>), the risk settings <c>defaultProbability</c>,
/// <c>probabilityByCountry</c> and <c>probabilityByKind</c> (with <c>probabilitySources</c> to cite them), plus optional <c>name</c>, <c>description</c>, <c>sources</c> (citations, not read) and
/// <c>$schema</c>; <c>include</c> names other scenario files, relative to this one, whose failures, cuts and
/// degradations are added (at most <see cref="MaxIncludeDepth"/> deep, no cycles). Errors are one line with the
/// file, line and column. A UTF-8 byte-order mark is allowed; files are read up to <see cref="InputLimits.ScenarioBytes"/>.
/// </summary>
internal static class ScenarioJson
{
    /// <summary>How deep includes may nest.</summary>
    public const int MaxIncludeDepth = 8;

    /// <summary>Loads a scenario file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ScenarioException">The file is missing, a folder, unreadable, too large or not a valid scenario.</exception>
    public static Scenario Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Load(path, []);
    }

    private static Scenario Load(string path, List<string> chain)
    {
        byte[] bytes;
        try
        {
            bytes = InputFile.ReadAllBytes(path, InputKind.Scenario);
        }
        catch (InputFileException ex)
        {
            throw new ScenarioException(ex.Message);
        }

        return Parse(bytes, path, chain);
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
        return Parse(Encoding.UTF8.GetBytes(json).AsSpan(), source);
    }

    /// <summary>Parses a scenario from UTF-8 JSON bytes (a byte-order mark is allowed).</summary>
    /// <param name="utf8">The JSON bytes.</param>
    /// <param name="source">The name errors mention (a file name).</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ScenarioException">The bytes are not a valid scenario.</exception>
    public static Scenario Parse(ReadOnlySpan<byte> utf8, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parse(utf8, source, []);
    }

    private static Scenario Parse(ReadOnlySpan<byte> utf8, string source, List<string> chain)
    {
        var shown = DisplayText.Clip(source);
        var offset = utf8.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        CheckStart(utf8, offset, shown);
        var document = new ScenarioReader(utf8[offset..], shown).Read();
        var cuts = document.Cut ?? [];
        var degradations = document.Degrade ?? [];
        var scenario = new Scenario
        {
            Name = document.Name,
            Description = document.Description,
            FailedNodes = document.Fail ?? [],
            FailedCountries = document.FailCountries ?? [],
            Cuts = cuts.Select(c => new LinkCutFilter(c.SupplierCountry, c.ConsumerCountry, c.Item) { SupplierKind = c.SupplierKind, ConsumerKind = c.ConsumerKind }).ToList(),
            Degradations = degradations.Select(d => new NodeDegradation(d.Id, d.Level)).ToList(),
            DefaultProbability = document.DefaultProbability,
            ProbabilityByCountry = document.ProbabilityByCountry ?? [],
            ProbabilityByKind = document.ProbabilityByKind ?? [],
            Durations = document.Durations ?? [],
        };
        return Include(scenario, document.Include ?? [], source, shown, chain);
    }

    /// <summary>Adds the included files' failures, cuts and degradations, resolved beside the including file.</summary>
    private static Scenario Include(Scenario scenario, List<string> includes, string source, string shown, List<string> chain)
    {
        if (includes.Count == 0)
        {
            return scenario;
        }

        var here = Path.GetFullPath(source);
        if (chain.Count >= MaxIncludeDepth)
        {
            throw new ScenarioException($"{shown}: includes nest more than {MaxIncludeDepth} deep");
        }

        var inner = new List<string>(chain) { here };
        foreach (var include in includes)
        {
            var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here) ?? ".", include));
            if (inner.Contains(path, StringComparer.Ordinal))
            {
                throw new ScenarioException($"{shown}: including '{DisplayText.Clip(include)}' makes a cycle");
            }

            scenario = scenario.CombineWith(Load(path, inner));
        }

        return scenario;
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Refuses, with its position, a file that is empty or does not start with an object.</summary>
    private static void CheckStart(ReadOnlySpan<byte> utf8, int offset, string shown)
    {
        var (line, column) = (1, 1);
        for (var i = offset; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b == (byte)'\n')
            {
                (line, column) = (line + 1, 1);
                continue;
            }

            if (b is (byte)' ' or (byte)'\t' or (byte)'\r')
            {
                column++;
                continue;
            }

            if (b is (byte)'{' or (byte)'/')
            {
                // An object, or a comment before one: the typed pass takes it from here.
                return;
            }

            var found = b switch
            {
                (byte)'[' => "an array",
                (byte)'"' => "a string",
                (byte)'-' or (>= (byte)'0' and <= (byte)'9') => "a number",
                (byte)'t' or (byte)'f' => "true or false",
                (byte)'n' => "null",
                _ => b is >= 0x21 and < 0x7F ? $"'{(char)b}'" : FormattableString.Invariant($"the byte 0x{b:X2}"),
            };
            throw new ScenarioException($"{shown}:{line}:{column}: expected a scenario object ('{{' ... '}}'), found {found}", line, column);
        }

        throw new ScenarioException($"{shown}:{line}:{column}: the scenario is empty: expected an object such as {{\"fail\": [\"ID\"]}}", line, column);
    }
}

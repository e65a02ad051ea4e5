using System.CommandLine;
using System.Globalization;
using ChipChain.Analysis.Risk;
using ChipChain.Analysis.Scenarios;
using ChipChain.Model;

namespace ChipChain.Cli.Infrastructure;

/// <summary>
/// The failure-probability options (docs/risk.md): <c>--default-probability</c>, <c>--probability-by-country CC=P</c>,
/// <c>--probability-by-kind K=P</c> and a <c>--scenario</c> file carrying the same; the flags win over the file.
/// Each call creates fresh option instances.
/// </summary>
internal sealed class ProbabilityOptions
{
    public Option<double?> Default { get; } = new("--default-probability")
    {
        Description = "The probability that a failure candidate without failureProbability fails over the horizon (default 0.01).",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 1)
            {
                return p;
            }

            result.AddError($"--default-probability: expected a probability from 0 to 1, not '{text}'");
            return null;
        },
    };

    public Option<string[]> ByCountry { get; } = new("--probability-by-country")
    {
        Description = "CC=P: every candidate of country CC fails with probability P, whatever it states (repeatable).",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> ByKind { get; } = new("--probability-by-kind")
    {
        Description = "KIND=P: every candidate of that kind fails with probability P, whatever it states; a country's setting wins (repeatable).",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Scenario { get; } = new("--scenario", "-s")
    {
        Description = "A scenario file whose defaultProbability, probabilityByCountry and probabilityByKind apply under the flags (see graphs/scenarios/geopolitical-risk.json).",
    };

    public IEnumerable<Option> All => [Default, ByCountry, ByKind, Scenario];

    /// <summary>The settings the command line gives, country names and alpha-3 codes turned into the codes the graph uses.</summary>
    /// <exception cref="CliUsageException">A CC=P or K=P is malformed.</exception>
    /// <exception cref="ScenarioException">The scenario file is missing or invalid.</exception>
    public RiskProbabilities Resolve(ParseResult parse, SupplyGraph graph)
    {
        var fromFile = parse.GetValue(Scenario) is { } path ? RiskProbabilities.From(ScenarioJson.Load(path)) : RiskProbabilities.Standard;
        var flags = new RiskProbabilities
        {
            DefaultProbability = parse.GetValue(Default) ?? RiskProbabilities.StandardDefault,
            ByCountry = Pairs(parse.GetValue(ByCountry), "--probability-by-country"),
            ByKind = Pairs(parse.GetValue(ByKind), "--probability-by-kind"),
        }.Over(fromFile, parse.GetValue(Default) is not null);
        var present = graph.Nodes.Select(n => n.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var countries = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (country, p) in flags.ByCountry)
        {
            var code = !present.Contains(country) && CountryCodes.TryToAlpha2(country, out var alpha2) ? alpha2 : country;
            countries.TryAdd(code, p);
        }

        return flags with { ByCountry = countries };
    }

    private static Dictionary<string, double> Pairs(string[]? values, string option)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var text in values ?? [])
        {
            var at = text.LastIndexOf('=');
            if (at <= 0)
            {
                throw new CliUsageException($"{option} '{text}': expected KEY=P with P from 0 to 1, e.g. TW=0.05");
            }

            result[text[..at]] = double.TryParse(text.AsSpan(at + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 1
                ? p
                : throw new CliUsageException($"{option} '{text}': expected KEY=P with P from 0 to 1, e.g. TW=0.05");
        }

        return result;
    }
}

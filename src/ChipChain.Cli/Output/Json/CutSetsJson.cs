using ChipChain.Analysis;

namespace ChipChain.Cli.Output.Json;

/// <summary>The JSON of <c>chipchain cutsets</c>: every minimal cut set up to the order, each a list of ids.</summary>
internal sealed record CutSetsJson(string Target, int Order, IReadOnlyList<IReadOnlyList<string>> CutSets)
{
    public static CutSetsJson From(CutSetList result) => new(result.Target, result.Order, result.CutSets);
}

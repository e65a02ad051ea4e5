using System.Text.Json.Serialization;
using ChipChain.Analysis;
using ChipChain.Analysis.Diff;

namespace ChipChain.Cli.Commands;

/// <summary>The JSON of <c>chipchain diff</c> without <c>--target</c>: the structure and every target's answers.</summary>
internal sealed record DiffDto(StructureDto Structure, IReadOnlyList<TargetDiffDto> Targets);

/// <summary>The structure half of a diff.</summary>
internal sealed record StructureDto(
    IReadOnlyList<string> NodesAdded,
    IReadOnlyList<string> NodesRemoved,
    IReadOnlyList<NodeChangeDto> Renamed,
    IReadOnlyList<NodeChangeDto> Rekinded,
    IReadOnlyList<NodeChangeDto> MovedCountry,
    IReadOnlyList<LinkDto> LinksAdded,
    IReadOnlyList<LinkDto> LinksRemoved,
    IReadOnlyList<ShareChangeDto> SharesChanged);

/// <summary>A node's name, kind or country before and after.</summary>
internal sealed record NodeChangeDto(string Id, string? Before, string? After);

/// <summary>A link by supplier, consumer and item.</summary>
internal sealed record LinkDto(string Supplier, string Consumer, string? Item);

/// <summary>A link whose effective share moved.</summary>
internal sealed record ShareChangeDto(string Supplier, string Consumer, string? Item, double Before, double After);

/// <summary>One target's answers compared: the contract of issue 17, plus the ids only one graph has.</summary>
internal sealed record TargetDiffDto(
    string Target,
    IReadOnlyList<string> SpofAdded,
    IReadOnlyList<string> SpofRemoved,
    IReadOnlyList<string> SpofKept,
    IReadOnlyList<IReadOnlyList<string>> CutSetsAdded,
    IReadOnlyList<IReadOnlyList<string>> CutSetsRemoved,
    IReadOnlyList<ConcentrationChangeDto> Concentration,
    IReadOnlyList<ExposureChangeDto> Exposure,
    IReadOnlyList<string> OnlyBefore,
    IReadOnlyList<string> OnlyAfter);

/// <summary>A chokepoint whose figures moved; <c>consumer</c> is left out for a market.</summary>
internal sealed record ConcentrationChangeDto(
    string Item,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Consumer,
    ConcentrationFiguresDto? Before,
    ConcentrationFiguresDto? After);

/// <summary>The HHI and countries-to-75 % of one group of suppliers.</summary>
internal sealed record ConcentrationFiguresDto(double Hhi, int CountriesTo75);

/// <summary>A node's exposure before and after (null when the graph has no such node).</summary>
internal sealed record ExposureChangeDto(string Id, double? Before, double? After);

/// <summary>Source-generated serialisation of the diff (written through <c>JsonOutput</c>'s writer options).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(DiffDto))]
[JsonSerializable(typeof(TargetDiffDto))]
internal sealed partial class DiffJsonContext : JsonSerializerContext
{
    public static DiffDto From(GraphDiffResult diff) => new(Structure(diff), diff.Targets.Select(From).ToList());

    public static TargetDiffDto From(TargetDiff t) => new(
        t.Target,
        t.SpofAdded,
        t.SpofRemoved,
        t.SpofKept,
        t.CutSetsAdded,
        t.CutSetsRemoved,
        t.Concentration.Select(c => new ConcentrationChangeDto(c.Item, c.Consumer, Figures(c.HhiBefore, c.CountriesTo75Before), Figures(c.HhiAfter, c.CountriesTo75After))).ToList(),
        t.Exposure.Select(e => new ExposureChangeDto(e.Id, e.Before, e.After)).ToList(),
        t.OnlyBefore,
        t.OnlyAfter);

    private static StructureDto Structure(GraphDiffResult s) => new(
        s.NodesAdded,
        s.NodesRemoved,
        s.Renamed.Select(Change).ToList(),
        s.Rekinded.Select(Change).ToList(),
        s.MovedCountry.Select(Change).ToList(),
        s.LinksAdded.Select(Link).ToList(),
        s.LinksRemoved.Select(Link).ToList(),
        s.SharesChanged.Select(c => new ShareChangeDto(c.Supplier, c.Consumer, c.Item, c.ShareBefore ?? 0, c.ShareAfter ?? 0)).ToList());

    private static NodeChangeDto Change(NodeChange<string?> c) => new(c.Id, c.Before, c.After);

    private static LinkDto Link(LinkChange l) => new(l.Supplier, l.Consumer, l.Item);

    private static ConcentrationFiguresDto? Figures(double? hhi, int? countriesTo75) =>
        hhi is { } h && countriesTo75 is { } c ? new(h, c) : null;
}

using System.Globalization;
using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Import;

/// <summary>
/// The graph's name, description and <c>sources</c> (the dataset with its CC BY-NC 4.0 licence and attribution, the
/// CSET report, and each distinct provision <c>source</c> text), and the final, deterministically ordered links.
/// </summary>
internal static class EtoSources
{
    public const string DatasetId = "eto-chipexplorer";
    public const string ReportId = "cset-2021";
    public const string DatasetUrl = "https://eto.tech/dataset-docs/chipexplorer";
    public const string License = "CC BY-NC 4.0";
    public const string LicenseUrl = "https://creativecommons.org/licenses/by-nc/4.0/";
    public const string ReportUrl = "https://cset.georgetown.edu/publication/the-semiconductor-supply-chain/";

    public const string Attribution =
        "Emerging Technology Observatory (ETO), Advanced Semiconductor Supply Chain Dataset, " + DatasetUrl +
        ", based on Saif M. Khan, Alexander Mann and Dahlia Peterson, \"The Semiconductor Supply Chain: Assessing National Competitiveness\" " +
        "(Center for Security and Emerging Technology, January 2021). Licensed under CC BY-NC 4.0; converted to chipchain/1 by ChipChain.";

    private const string SourcePrefix = "eto-source-";

    public static GraphMetadata Metadata(SubtypeRequirement subtypes, IReadOnlyList<EtoLink> links)
    {
        var sources = new List<SourceReference>
        {
            new(DatasetId)
            {
                Title = "ETO Advanced Semiconductor Supply Chain Dataset (Emerging Technology Observatory, CSET)",
                Url = DatasetUrl,
                UnknownProperties = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
                {
                    ["license"] = AttributeValues.String(License),
                    ["licenseUrl"] = AttributeValues.String(LicenseUrl),
                    ["attribution"] = AttributeValues.String(Attribution),
                },
            },
            new(ReportId)
            {
                Title = "Khan, Mann, Peterson: The Semiconductor Supply Chain: Assessing National Competitiveness (CSET, 2021)",
                Url = ReportUrl,
            },
        };
        var texts = ProvisionSourceIds(links);
        sources.AddRange(texts.Select(t => new SourceReference(t.Value) { Title = t.Key }));
        var mode = subtypes == SubtypeRequirement.All ? "all" : "any";
        return new GraphMetadata
        {
            Name = "Advanced semiconductor supply chain (ETO/CSET dataset)",
            Description =
                "The ETO/CSET Advanced Semiconductor Supply Chain Dataset as a ChipChain graph: inputs, processes and the finished logic chip " +
                "(N99) as nodes, firms (P…) supplying inputs with their market shares, goes_into links from inputs to the processes that " +
                $"need them; an input with subtypes requires {mode} of them (--subtypes {mode}). Country shares are in attributes.countryShares. " +
                "Data: CC BY-NC 4.0 (non-commercial use, attribution required); see sources and graphs/README.md. " + Attribution,
            Sources = sources,
        };
    }

    /// <summary>The links ordered by consumer, item and supplier (numeric-aware), citing their sources.</summary>
    public static IEnumerable<Link> OrderedLinks(IReadOnlyList<EtoLink> links, GraphMetadata metadata)
    {
        var ids = metadata.Sources.Where(s => s.Title is not null && s.Id.StartsWith(SourcePrefix, StringComparison.Ordinal))
            .ToDictionary(s => s.Title!, s => s.Id, StringComparer.Ordinal);
        var ordered = links
            .OrderBy(l => l.Consumer, NaturalIdComparer.Instance)
            .ThenBy(l => l.Item, NaturalIdComparer.Instance)
            .ThenBy(l => l.Supplier, NaturalIdComparer.Instance);
        foreach (var link in ordered)
        {
            var attributes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (link.Negligible)
            {
                attributes["negligible"] = AttributeValues.True;
            }

            if (link.Year is { } year)
            {
                attributes["year"] = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? AttributeValues.Number(y) : AttributeValues.String(year);
            }

            yield return new Link(link.Supplier, link.Consumer)
            {
                Item = link.Item,
                Share = link.Share,
                Source = link.Source is { } text && ids.TryGetValue(text, out var id) ? id : DatasetId,
                UnknownProperties = attributes.Count == 0
                    ? EmptyAttributes
                    : new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["attributes"] = AttributeValues.Build(w => WriteObject(w, attributes)) },
            };
        }
    }

    private static IReadOnlyDictionary<string, JsonElement> EmptyAttributes { get; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>Each distinct provision source text gets an id, in ordinal order of the texts.</summary>
    private static SortedDictionary<string, string> ProvisionSourceIds(IReadOnlyList<EtoLink> links)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            if (link.Source is { } text)
            {
                texts[text] = string.Empty;
            }
        }

        var n = 0;
        foreach (var text in texts.Keys.ToList())
        {
            texts[text] = SourcePrefix + (++n).ToString(CultureInfo.InvariantCulture);
        }

        return texts;
    }

    private static void WriteObject(Utf8JsonWriter w, Dictionary<string, JsonElement> values)
    {
        w.WriteStartObject();
        foreach (var (name, value) in values)
        {
            w.WritePropertyName(name);
            value.WriteTo(w);
        }

        w.WriteEndObject();
    }
}

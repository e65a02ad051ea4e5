using System.Text;
using System.Text.Json;
using ChipChain.Json;
using ChipChain.Model;
using ChipChain.Snapshot;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Snapshot;

/// <summary>
/// Random graphs with every field a snapshot keeps set now and then (tags, capacities, units, probabilities,
/// attributes and unknown properties with awkward JSON, link notes and sources, metadata), the JSON → snapshot round
/// trip, and a field-by-field comparison of two graphs.
/// </summary>
internal static class SnapshotTestKit
{
    private static readonly string[] Bags =
    [
        "{}",
        """{"tier":2,"since":"2019"}""",
        """{"nested":{"list":[1,2.50,-3e2,true,null],"é":"naïve \"quoted\" \\ \u2603"}}""",
        """{"x":1.0000000000000002,"y":[]}""",
    ];

    private static readonly string[] Texts = ["plain", "naïve ünïcødé ☃", "", "with \"quotes\" and \\ backslash", "line\nbreak"];

    /// <summary>Random graphs of up to <paramref name="maxNodes"/> nodes, decorated.</summary>
    public static Gen<SupplyGraph> Graphs(int maxNodes = 8) =>
        RandomGraphs.Graphs(maxNodes).SelectMany(graph => Gen.Int[0, 1 << 20].Array[graph.NodeCount + graph.LinkCount + 1]
            .Select(draws => Decorate(graph, draws)));

    /// <summary>The graph as JSON text, loaded back: the graph the JSON path gives.</summary>
    public static SupplyGraph ViaJson(SupplyGraph graph)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SupplyGraphJson.ToJson(graph)));
        return SupplyGraphJson.Load(stream, "random.json");
    }

    /// <summary>The graph written as a snapshot to a temporary file and opened again; the file is deleted after <paramref name="use"/>.</summary>
    public static void ViaSnapshot(SupplyGraph graph, Action<SupplyGraph, string> use)
    {
        var path = Path.Combine(Path.GetTempPath(), $"chipchain-snapshot-{Guid.NewGuid():N}.ccg");
        try
        {
            SupplyGraphSnapshot.Save(graph, path);
            use(SupplyGraphSnapshot.Load(path), path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Asserts that two graphs agree in every field a snapshot keeps, and in their topology.</summary>
    public static void ShouldEqual(SupplyGraph actual, SupplyGraph expected)
    {
        actual.Metadata.Name.Should().Be(expected.Metadata.Name);
        actual.Metadata.Description.Should().Be(expected.Metadata.Description);
        Bag(actual.Metadata.UnknownProperties).Should().Equal(Bag(expected.Metadata.UnknownProperties));
        actual.Metadata.Sources.Select(s => (s.Id, s.Title, s.Url, string.Join(";", Bag(s.UnknownProperties))))
            .Should().Equal(expected.Metadata.Sources.Select(s => (s.Id, s.Title, s.Url, string.Join(";", Bag(s.UnknownProperties)))));
        actual.NodeCount.Should().Be(expected.NodeCount);
        for (var i = 0; i < expected.NodeCount; i++)
        {
            var (a, e) = (actual[i], expected[i]);
            (a.Id, a.Name, a.Kind, a.Country, a.Requires, a.CanFail, a.Capacity, a.Unit, a.FailureProbability, a.RecoveryWeeks)
                .Should().Be((e.Id, e.Name, e.Kind, e.Country, e.Requires, e.CanFail, e.Capacity, e.Unit, e.FailureProbability, e.RecoveryWeeks));
            a.Tags.Should().Equal(e.Tags);
            Bag(a.Attributes).Should().Equal(Bag(e.Attributes));
            Bag(a.UnknownProperties).Should().Equal(Bag(e.UnknownProperties));
            actual.IndexOf(e.Id).Should().Be(i);
        }

        actual.LinkCount.Should().Be(expected.LinkCount);
        for (var l = 0; l < expected.LinkCount; l++)
        {
            var (a, e) = (actual.Links[l], expected.Links[l]);
            (a.Supplier, a.Consumer, a.Item, a.Share, a.Capacity, a.Note, a.Source, a.InventoryWeeks)
                .Should().Be((e.Supplier, e.Consumer, e.Item, e.Share, e.Capacity, e.Note, e.Source, e.InventoryWeeks));
            Bag(a.UnknownProperties).Should().Equal(Bag(e.UnknownProperties));
            (actual.SupplierIndex(l), actual.ConsumerIndex(l)).Should().Be((expected.SupplierIndex(l), expected.ConsumerIndex(l)));
        }

        var (ta, te) = (actual.Topology, expected.Topology);
        ta.ItemStart.ToArray().Should().Equal(te.ItemStart.ToArray());
        ta.ItemOwner.ToArray().Should().Equal(te.ItemOwner.ToArray());
        Enumerable.Range(0, ta.ItemCount).Select(ta.ItemName).Should().Equal(Enumerable.Range(0, te.ItemCount).Select(te.ItemName));
        ta.EntryStart.ToArray().Should().Equal(te.EntryStart.ToArray());
        ta.EntrySupplier.ToArray().Should().Equal(te.EntrySupplier.ToArray());
        ta.EntryLink.ToArray().Should().Equal(te.EntryLink.ToArray());
        ta.EntryShare.ToArray().Should().Equal(te.EntryShare.ToArray());
        ta.EntryItem.ToArray().Should().Equal(te.EntryItem.ToArray());
        ta.UsesStart.ToArray().Should().Equal(te.UsesStart.ToArray());
        ta.UsesEntry.ToArray().Should().Equal(te.UsesEntry.ToArray());
        Enumerable.Range(0, ta.NodeCount).Select(ta.IsCandidate).Should().Equal(Enumerable.Range(0, te.NodeCount).Select(te.IsCandidate));
        SupplyGraphJson.ToJson(actual).Should().Be(SupplyGraphJson.ToJson(expected));
    }

    /// <summary>A bag as comparable text: each key with its value's raw JSON.</summary>
    public static string[] Bag(IReadOnlyDictionary<string, JsonElement> bag) => bag.Select(p => $"{p.Key}={p.Value.GetRawText()}").ToArray();

    private static SupplyGraph Decorate(SupplyGraph graph, int[] draws)
    {
        var builder = new SupplyGraphBuilder
        {
            Metadata = new GraphMetadata
            {
                Name = Pick(Texts, draws[^1], allowNull: true),
                Description = Pick(Texts, draws[^1] >> 3, allowNull: true),
                Sources = (draws[^1] & 64) == 0 ? [] : [new SourceReference("s1") { Title = "A source", Url = "https://example.org", UnknownProperties = Parse(Bags[1]) }],
                UnknownProperties = Parse(Bags[(draws[^1] >> 7) % Bags.Length]),
            },
        };
        for (var i = 0; i < graph.NodeCount; i++)
        {
            var (node, d) = (graph[i], draws[i]);
            builder.AddNode(new Node(node.Id)
            {
                Name = node.Name,
                Kind = node.Kind,
                Country = node.Country,
                Requires = node.Requires,
                CanFail = node.CanFail,
                Capacity = (d & 1) == 0 ? null : d % 1000 / 7.0,
                Unit = (d & 2) == 0 ? null : Pick(Texts, d >> 2, allowNull: false),
                FailureProbability = (d & 4) == 0 ? null : d % 101 / 100.0,
                RecoveryWeeks = ((d >> 11) & 1) == 0 ? null : 1 + (d % 60),
                Tags = (d & 8) == 0 ? [] : [Pick(Texts, d >> 4, allowNull: false)!, "t"],
                Attributes = Parse(Bags[(d >> 5) % Bags.Length]),
                UnknownProperties = Parse(Bags[(d >> 8) % Bags.Length]),
            });
        }

        for (var l = 0; l < graph.LinkCount; l++)
        {
            var (link, d) = (graph.Links[l], draws[graph.NodeCount + l]);
            builder.AddLink(new Link(link.Supplier, link.Consumer)
            {
                Item = link.Item,
                Share = link.Share,
                Capacity = (d & 1) == 0 ? null : d % 500,
                Note = (d & 2) == 0 ? null : Pick(Texts, d >> 2, allowNull: false),
                Source = (d & 4) == 0 ? null : "s1",
                InventoryWeeks = ((d >> 11) & 1) == 0 ? null : d % 30,
                UnknownProperties = Parse(Bags[(d >> 3) % Bags.Length]),
            });
        }

        return builder.Build();
    }

    private static string? Pick(string[] values, int draw, bool allowNull) =>
        allowNull && draw % (values.Length + 1) == values.Length ? null : values[draw % values.Length];

    private static Dictionary<string, JsonElement> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }
}

using System.Globalization;
using System.Text;
using ChipChain.Generation;
using ChipChain.Json;
using CsCheck;

namespace ChipChain.Tests.Json;

/// <summary>
/// The fast element parsers must give exactly what the token-by-token parser gives: the same graph (every field and
/// source position) and the same diagnostics, on ordinary files and on files full of odd and broken elements.
/// </summary>
public sealed class FastPathEquivalenceTests
{
    private static readonly string[] Ids = ["a", "b", "c", "d", "e", " ", "", "tsmc", "a\\u0062", "ünï"];

    private static readonly Gen<string> Value = Pick(
        "\"x\"", "null", "1", "0.5", "-1", "2", "1e400", "true", "false", "[]", "{}", "\"all\"", "\"any\"", "\"bad\"", "[\"t1\",\"t2\"]", "{\"k\":1}", "\"a\\u0062\"");

    private static readonly Gen<string> NodeProperty = Pick(
        "id", "name", "kind", "country", "requires", "capacity", "unit", "failureProbability", "canFail", "tags", "attributes", "extra");

    private static readonly Gen<string> LinkProperty = Pick(
        "supplier", "consumer", "item", "share", "capacity", "note", "source", "extra");

    private static Gen<string> Pick(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static Gen<string> Element(Gen<string> property, string[] idFields) =>
        Gen.Select(Gen.Int[0, Ids.Length - 1], Gen.Int[0, Ids.Length - 1], Gen.Select(property, Value).Array[0, 3], Gen.Int[0, 9])
            .Select((i, j, extra, shape) => shape == 0
                ? "\"not an object\""
                : "{" + string.Join(",", new[] { $"\"{idFields[0]}\":\"{Ids[i]}\"" }
                    .Concat(idFields.Length > 1 ? [$"\"{idFields[1]}\":\"{Ids[j]}\""] : [])
                    .Concat(extra.Select(p => $"\"{p.Item1}\":{p.Item2}"))) + "}");

    private static readonly Gen<string> Document = Gen.Select(
            Element(NodeProperty, ["id"]).Array[0, 8],
            Element(LinkProperty, ["supplier", "consumer"]).Array[0, 10],
            Gen.Bool)
        .Select((nodes, links, linksFirst) =>
        {
            var n = $"\"nodes\":[{string.Join(",\n", nodes)}]";
            var l = $"\"links\":[{string.Join(",", links)}]";
            return "{\"format\":\"chipchain/1\"," + (linksFirst ? l + "," + n : n + "," + l) + "}";
        });

    private static (string Graph, string Diagnostics) ReadBoth(byte[] json, bool fast)
    {
        using var stream = new MemoryStream(json);
        return Describe(SupplyGraphJson.Read(stream, "t.json", includeWarnings: true, fastPath: fast));
    }

    /// <summary>The graph as JSON with every node's and link's source position, and the diagnostics, as text.</summary>
    internal static (string Graph, string Diagnostics) Describe(GraphReadResult result)
    {
        var diagnostics = string.Join("\n", result.Diagnostics.Select(d => d.Format(result.File)));
        if (result.Graph is not { } g)
        {
            return (string.Empty, diagnostics);
        }

        var positions = new StringBuilder();
        foreach (var node in g.Nodes)
        {
            positions.Append(CultureInfo.InvariantCulture, $"{node.Id}@{node.Position};");
        }

        foreach (var link in g.Links)
        {
            positions.Append(CultureInfo.InvariantCulture, $"{link}@{link.Position};");
        }

        return (SupplyGraphJson.ToJson(g) + positions, diagnostics);
    }

    [Fact]
    public void Read_random_odd_and_broken_documents_fast_path_equals_token_path()
    {
        Document.Sample(json =>
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var fast = ReadBoth(bytes, fast: true);
            var slow = ReadBoth(bytes, fast: false);
            fast.Should().Be(slow, json);
        }, iter: 2000);
    }

    [Theory]
    [InlineData(0.0, 0.001)]
    [InlineData(1.0, 0.01)]
    public void Read_generated_graph_larger_than_the_buffer_fast_path_equals_token_path(double any, double cycles)
    {
        var graph = SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(4000) { AnyFraction = any, CycleFraction = cycles, Seed = 5 });
        var bytes = Encoding.UTF8.GetBytes(SupplyGraphJson.ToJson(graph));
        bytes.Length.Should().BeGreaterThan(4 << 16, "the reader must refill its buffer inside elements");

        var fast = ReadBoth(bytes, fast: true);

        fast.Should().Be(ReadBoth(bytes, fast: false));
        fast.Diagnostics.Should().NotContain("error");
    }

    [Fact]
    public void Read_broken_element_after_many_good_ones_reports_the_same_error_and_position()
    {
        var graph = SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(3000) { Seed = 9 });
        var json = SupplyGraphJson.ToJson(graph);
        var cut = json.IndexOf("{\"supplier\"", json.Length / 2, StringComparison.Ordinal);
        var broken = json[..cut] + "{\"supplier\":\"nobody\",\"consumer\":" + json[(cut + 12)..];
        var bytes = Encoding.UTF8.GetBytes(broken);

        var fast = ReadBoth(bytes, fast: true);

        fast.Should().Be(ReadBoth(bytes, fast: false));
        fast.Diagnostics.Should().Contain("error");
    }
}

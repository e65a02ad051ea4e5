using System.Xml.Linq;
using ChipChain.Analysis;
using ChipChain.Export;
using ChipChain.Model;

namespace ChipChain.Tests.Export;

/// <summary>Degenerate shapes: chains of any depth unfold without recursion; dense cycles stop at the gate limit.</summary>
public sealed partial class OpenPsaWriterTests
{
    [Fact]
    public void ToXml_chain_20000_deep_on_a_small_stack_has_the_top_gate_over_the_whole_chain()
    {
        // c0 → c1 → … → c19999, item "x". A 256 KiB stack holds no recursion 20 000 deep.
        const int n = 20_000;
        var graph = Chain(n);
        string? xml = null;
        var thread = new Thread(() => xml = OpenPsaWriter.ToXml(graph, "c19999"), 256 * 1024);
        thread.Start();
        thread.Join();

        var gates = XDocument.Parse(xml!).Descendants("define-gate").ToList();
        gates.Should().HaveCount(n - 1);
        gates[0].Attribute("name")!.Value.Should().Be("c19999_unavailable");
        for (var i = 1; i < n; i++)
        {
            // Top first: gate k is c(n-1-k) unavailable = its own failure OR its one supplier unavailable.
            var gate = gates[n - 1 - i];
            gate.Attribute("name")!.Value.Should().Be($"c{i}_unavailable");
            var previous = i == 1 ? "basic-event:c0" : $"gate:c{i - 1}_unavailable";
            Arguments(gate, "or").Should().Equal($"basic-event:c{i}", previous);
        }

        XDocument.Parse(xml!).Descendants("define-basic-event").Should().HaveCount(n);
    }

    [Fact]
    public void ToXml_chain_1000_deep_formula_fails_exactly_when_any_link_fails()
    {
        var graph = Chain(1000);

        var formula = FaultTreeFormula.Parse(OpenPsaWriter.ToXml(graph, "c999"));

        formula.TopGates.Should().Equal("c999_unavailable");
        formula.TopOccurs(new HashSet<string>()).Should().BeFalse();
        formula.TopOccurs(new HashSet<string> { "c0" }).Should().BeTrue("the chain's source feeds every node");
        formula.MinimalCutSets(1).Should().BeEquivalentTo(Enumerable.Range(0, 1000).Select(i => $"c{i}"));
    }

    [Fact]
    public void Write_dense_cyclic_any_graph_stops_at_the_gate_limit_before_writing()
    {
        // 300 nodes, each requiring any of 6 random others: one big cycle component whose path copies explode.
        var graph = DenseAnyGraph(300, 6);
        using var stream = new MemoryStream();

        var act = () => OpenPsaWriter.Write(graph, "n0", stream);

        var message = act.Should().Throw<AnalysisLimitException>().Which.Message;
        message.Should().StartWith("openpsa: the fault tree of 'n0' needs more than")
            .And.Contain(OpenPsaOptions.DefaultMaxGates.ToString("N0", System.Globalization.CultureInfo.CurrentCulture))
            .And.Contain("docs/limits.md").And.Contain("smaller supply chain").And.NotContain("\n");
        stream.Length.Should().Be(0);
    }

    [Fact]
    public void ToXml_max_gates_below_the_tree_size_is_refused_and_above_it_the_tree_is_unchanged()
    {
        var graph = DenseAnyGraph(12, 3);
        var full = OpenPsaWriter.ToXml(graph, "n0");
        var size = XDocument.Parse(full).Descendants("define-gate").Count();

        var below = () => OpenPsaWriter.ToXml(graph, "n0", new OpenPsaOptions { MaxGates = size - 1 });
        var above = OpenPsaWriter.ToXml(graph, "n0", new OpenPsaOptions { MaxGates = 4 * size });

        size.Should().BeGreaterThan(12, "the cycle forces path-dependent copies");
        below.Should().Throw<AnalysisLimitException>().WithMessage($"*more than {size - 1} gates*--max-gates*");
        above.Should().Be(full);
    }

    [Fact]
    public void MaxGates_below_one_throws()
    {
        var act = () => new OpenPsaOptions { MaxGates = 0 };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static SupplyGraph Chain(int n)
    {
        var builder = new SupplyGraphBuilder();
        for (var i = 0; i < n; i++)
        {
            builder.AddNode(new Node($"c{i}"));
        }

        for (var i = 1; i < n; i++)
        {
            builder.AddLink(new Link($"c{i - 1}", $"c{i}") { Item = "x" });
        }

        return builder.Build();
    }

    private static SupplyGraph DenseAnyGraph(int n, int suppliers)
    {
        var random = new Random(1);
        var builder = new SupplyGraphBuilder();
        for (var i = 0; i < n; i++)
        {
            builder.AddNode(new Node($"n{i}") { Requires = Requirement.Any });
        }

        for (var i = 0; i < n; i++)
        {
            // The ring link keeps every node in one cycle; the rest are random.
            var from = new HashSet<int> { (i + 1) % n };
            while (from.Count < suppliers)
            {
                var s = random.Next(n);
                if (s != i)
                {
                    from.Add(s);
                }
            }

            foreach (var s in from)
            {
                builder.AddLink(new Link($"n{s}", $"n{i}"));
            }
        }

        return builder.Build();
    }
}

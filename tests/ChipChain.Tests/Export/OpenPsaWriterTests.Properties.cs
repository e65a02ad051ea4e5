using ChipChain.Analysis;
using System.Text.RegularExpressions;
using ChipChain.Export;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Export;

public sealed partial class OpenPsaWriterTests
{
    private static readonly Regex MefIdentifier = new(@"^[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*$", RegexOptions.CultureInvariant);

    [Fact]
    public void ToXml_random_cyclic_graphs_tree_cut_sets_equal_candidate_cut_sets_up_to_order_three()
    {
        RandomGraphs.Graphs(8).Sample(graph =>
        {
            foreach (var target in new[] { 0, graph.NodeCount - 1 }.Distinct())
            {
                var id = graph[target].Id;
                var formula = FaultTreeFormula.Parse(OpenPsaWriter.ToXml(graph, id));

                var expected = CandidateCutSets.BruteForce(graph, id, 3);
                formula.MinimalCutSets(3).Should().Equal(expected);
                CandidateCutSets.FromMinimalCutSets(graph, id, 3).Should().Equal(expected);
            }
        }, iter: 1000, print: RandomGraphs.Describe);
    }

    [Fact]
    public void ToXml_random_cyclic_graphs_top_event_equals_cascade_for_every_candidate_failure_set_of_up_to_three()
    {
        RandomGraphs.Graphs(7).Sample(graph =>
        {
            var target = graph.NodeCount - 1;
            var formula = FaultTreeFormula.Parse(OpenPsaWriter.ToXml(graph, graph[target].Id));
            var candidates = Enumerable.Range(0, graph.NodeCount).Where(graph.Topology.IsCandidate).ToArray();
            foreach (var set in Subsets.BySizeThenLex(candidates, 3))
            {
                var failed = set.Select(i => graph[i].Id).Where(formula.NodeOfEvent.ContainsValue).ToHashSet();
                formula.TopOccurs(failed).Should().Be(FailureCascade.Run(graph.Topology, set)[target], string.Join(",", set));
            }

            formula.TopOccurs(new HashSet<string>()).Should().BeFalse("nothing failed");
        }, iter: 400, print: RandomGraphs.Describe);
    }

    [Fact]
    public void ToXml_random_graphs_basic_events_are_exactly_failure_candidates_of_the_tree()
    {
        RandomGraphs.Graphs(8).Sample(graph =>
        {
            var id = graph[graph.NodeCount - 1].Id;
            var formula = FaultTreeFormula.Parse(OpenPsaWriter.ToXml(graph, id));

            formula.NodeOfEvent.Values.Where(n => !graph.GetNode(n).IsFailureCandidate).Should().BeEmpty();
            if (graph.GetNode(id).IsFailureCandidate)
            {
                formula.NodeOfEvent.Values.Should().Contain(id);
            }
        }, iter: 500, print: RandomGraphs.Describe);
    }

    [Fact]
    public void ToXml_random_graphs_has_one_top_gate_valid_names_and_no_repeated_arguments()
    {
        RandomGraphs.Graphs(8).Sample(graph =>
        {
            var id = graph[0].Id;
            var xml = OpenPsaWriter.ToXml(graph, id);
            var document = System.Xml.Linq.XDocument.Parse(xml);
            var formula = FaultTreeFormula.Parse(xml);

            formula.TopGates.Should().Equal(OpenPsaNames.NodeGate(id));
            var names = formula.GateNames.Concat(formula.NodeOfEvent.Keys).ToList();
            names.Where(n => !MefIdentifier.IsMatch(n)).Should().BeEmpty();
            names.Distinct().Count().Should().Be(names.Count);
            var badConnectives = document.Descendants()
                .Where(e => e.Name == "and" || e.Name == "or")
                .Select(e => e.Elements().Select(a => a.Name.LocalName + ":" + a.Attribute("name")!.Value).ToList())
                .Where(arguments => arguments.Count < 2 || arguments.Distinct().Count() != arguments.Count)
                .Select(arguments => string.Join(" ", arguments));
            badConnectives.Should().BeEmpty();
            OpenPsaWriter.ToXml(graph, id).Should().Be(xml);
        }, iter: 500, print: RandomGraphs.Describe);
    }

    [Fact]
    public void BasicEvent_random_ids_are_valid_identifiers_and_distinct_ids_stay_distinct()
    {
        Gen.Char["-_.a1 é\u0001Z9"].Array[1, 6].Select(c => new string(c)).Where(s => !string.IsNullOrWhiteSpace(s)).Array[2].Sample(pair =>
        {
            var (a, b) = (OpenPsaNames.BasicEvent(pair[0]), OpenPsaNames.BasicEvent(pair[1]));
            MefIdentifier.IsMatch(a).Should().BeTrue(a);
            (a == b).Should().Be(pair[0] == pair[1], $"{pair[0]} / {pair[1]}");
            OpenPsaNames.NodeGate(pair[0]).Should().NotBe(b);
            OpenPsaNames.ItemGate(pair[0], 1).Should().NotBe(b);
        }, iter: 3000);
    }
}

using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis;

public sealed partial class FailureCascadeTests
{
    [Fact]
    public void Run_equals_naive_fixpoint_on_random_cyclic_graphs()
    {
        var gen = from g in RandomGraphs.Graphs(9)
                  from failed in Gen.Int[0, 8].HashSet[0, 3]
                  select (g, failed.Where(f => f < g.NodeCount).ToArray());
        gen.Sample(((SupplyGraph Graph, int[] Failed) c) =>
            FailureCascade.Run(c.Graph.Topology, c.Failed).SequenceEqual(NaiveCascade.Run(c.Graph, c.Failed)), iter: 3000);
    }

    [Fact]
    public void Run_is_monotone_more_failures_never_heal()
    {
        var gen = from g in RandomGraphs.Graphs(9)
                  from a in Gen.Int[0, 8]
                  from b in Gen.Int[0, 8]
                  select (g, a % g.NodeCount, b % g.NodeCount);
        gen.Sample(((SupplyGraph Graph, int A, int B) c) =>
        {
            var one = FailureCascade.Run(c.Graph.Topology, [c.A]);
            var two = FailureCascade.Run(c.Graph.Topology, [c.A, c.B]);
            return one.Zip(two).All(p => !p.First || p.Second);
        }, iter: 2000);
    }
}

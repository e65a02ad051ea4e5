using ChipChain.Analysis;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Bottlenecks;

public class IncrementalCascadeTests
{
    [Fact]
    public void Fail_in_steps_with_undo_random_graphs_equals_reference_cascade_in_the_cone()
    {
        Gen.Select(RandomGraphs.Graphs(8), Gen.Int[0, 7].Array[1, 4], Gen.Int[0, 7].Array[1, 4]).Sample((g, first, second) =>
        {
            var n = g.NodeCount;
            var a = first.Select(v => v % n).ToArray();
            var b = second.Select(v => v % n).ToArray();
            var cone = Upstream.Mask(g.Topology, 0);
            var cascade = new IncrementalCascade(g.Topology, cone);
            var expectedA = FailureCascade.Run(g.Topology, a);
            var expectedAb = FailureCascade.Run(g.Topology, [.. a, .. b]);

            cascade.Fail(a);
            var mark = cascade.Mark();
            cascade.Fail(b);
            for (var v = 0; v < n; v++)
            {
                if (cone[v])
                {
                    cascade.IsDown(v).Should().Be(expectedAb[v], $"node {v} after both steps");
                }
            }

            cascade.Undo(mark);
            for (var v = 0; v < n; v++)
            {
                if (cone[v])
                {
                    cascade.IsDown(v).Should().Be(expectedA[v], $"node {v} after undoing the second step");
                }
            }

            cascade.Stops(b, 0).Should().Be(expectedAb[0]);
            cascade.Undo((0, 0));
            Enumerable.Range(0, n).Should().OnlyContain(v => !cascade.IsDown(v));
        }, iter: 600);
    }
}

using System.Globalization;

namespace ChipChain.Analysis.Risk;

/// <summary>
/// The exact probability that a target is unavailable, from a decision diagram of "node unavailable" for every node
/// of its cone, built supplier components first. A node outside any cycle is its own failure OR, over its items, the
/// AND over the item's suppliers. A cycle's nodes start at false and are re-derived from each other until nothing
/// changes: at every assignment of the candidates this is the cascade's own iteration from "nothing down", so it
/// stops at the cascade's least fixpoint (docs/risk.md). Limits: <see cref="MaxCandidates"/> variables,
/// <see cref="MaxNodes"/> diagram nodes, <see cref="MaxSteps"/> operations.
/// </summary>
internal static class ExactRisk
{
    /// <summary>The most failure candidates in a cone the exact method takes on.</summary>
    public const int MaxCandidates = 2_000;

    /// <summary>The most decision-diagram nodes (about 100 MB).</summary>
    public const int MaxNodes = 2_000_000;

    /// <summary>The most diagram operations (a few seconds).</summary>
    public const long MaxSteps = 50_000_000;

    /// <summary>
    /// P(target unavailable), and per variable P₁ and P₀: that probability when the candidate surely fails and when it
    /// never does. P is linear in each candidate's p, so P₁ = P + (1 − p)·B and P₀ = P − p·B with B the derivative.
    /// Where P₀ comes out near 0, the subtraction cannot tell "never without this candidate" from "rarely"; there P₀
    /// is evaluated on the diagram with the candidate's probability set to 0 (few candidates are needed by every cut set).
    /// </summary>
    /// <exception cref="AnalysisLimitException">The cone or its diagram passes a limit.</exception>
    public static (double Probability, double[] IfFailed, double[] IfNot) Compute(RiskCone cone)
    {
        var id = cone.Graph[cone.Target].Id;
        if (cone.Candidates.Length > MaxCandidates)
        {
            throw new AnalysisLimitException(string.Create(CultureInfo.InvariantCulture, $"exact risk of '{id}': its upstream cone has {cone.Candidates.Length:N0} failure candidates, more than the exact method's {MaxCandidates:N0} (docs/risk.md): use --method montecarlo"));
        }

        var diagram = new DecisionDiagram(MaxNodes, MaxSteps);
        int root;
        try
        {
            root = Build(cone, diagram);
        }
        catch (AnalysisLimitException ex)
        {
            throw new AnalysisLimitException($"exact risk of '{id}': {ex.Message}", ex);
        }

        var probability = cone.Probability;
        var nodeProbability = diagram.Probabilities(root, probability);
        var birnbaum = diagram.Derivatives(root, probability, nodeProbability, cone.Candidates.Length);
        var p = nodeProbability[root];
        var ifFailed = new double[birnbaum.Length];
        var ifNot = new double[birnbaum.Length];
        for (var v = 0; v < birnbaum.Length; v++)
        {
            ifFailed[v] = p + ((1 - probability[v]) * birnbaum[v]);
            ifNot[v] = p - (probability[v] * birnbaum[v]);
            if (ifNot[v] < 1e-9 * p)
            {
                var without = (double[])probability.Clone();
                without[v] = 0;
                ifNot[v] = diagram.Probabilities(root, without)[root];
            }
        }

        return (p, ifFailed, ifNot);
    }

    /// <summary>The diagram of "target unavailable".</summary>
    internal static int Build(RiskCone cone, DecisionDiagram diagram)
    {
        var topology = cone.Graph.Topology;
        var components = new UpstreamComponents(topology, [cone.Target]);
        var down = new int[cone.Nodes.Length];
        var basic = new int[cone.Nodes.Length];
        for (var local = 0; local < basic.Length; local++)
        {
            basic[local] = cone.VariableOf[local] is var v and >= 0 ? diagram.Variable(v) : DecisionDiagram.False;
        }

        for (var c = 0; c < components.Count; c++)
        {
            var members = components.Members(c).ToArray().Select(m => cone.LocalOf[m]).ToArray();
            if (members.Length == 1)
            {
                down[members[0]] = Derive(cone, diagram, members[0], basic, down);
                continue;
            }

            // Least fixpoint: from all false, re-derive until stable. Each round only adds assignments (the
            // derivation is monotone), so the loop ends, and where it ends no node can be derived any further.
            bool changed;
            do
            {
                changed = false;
                foreach (var m in members)
                {
                    var next = Derive(cone, diagram, m, basic, down);
                    if (next != down[m])
                    {
                        down[m] = next;
                        changed = true;
                    }
                }
            }
            while (changed);
        }

        return down[cone.LocalTarget];
    }

    /// <summary>The node's own failure OR, over its items, the AND of its suppliers being unavailable.</summary>
    private static int Derive(RiskCone cone, DecisionDiagram diagram, int node, int[] basic, int[] down)
    {
        var result = basic[node];
        for (var item = cone.ItemStart[node]; item < cone.ItemStart[node + 1]; item++)
        {
            var lost = DecisionDiagram.True;
            for (var e = cone.EntryStart[item]; e < cone.EntryStart[item + 1] && lost != DecisionDiagram.False; e++)
            {
                lost = diagram.And(lost, down[cone.EntrySupplier[e]]);
            }

            result = diagram.Or(result, lost);
            if (result == DecisionDiagram.True)
            {
                break;
            }
        }

        return result;
    }
}

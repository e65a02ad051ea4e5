using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>The nodes a target transitively depends on: only their failure can affect it.</summary>
internal static class Upstream
{
    /// <summary>A mask of the target and every node it transitively takes supplies from.</summary>
    public static bool[] Of(GraphTopology t, int target)
    {
        var seen = new bool[t.NodeCount];
        var stack = new Stack<int>();
        seen[target] = true;
        stack.Push(target);
        while (stack.Count > 0)
        {
            var v = stack.Pop();
            for (var item = t.ItemStart[v]; item < t.ItemStart[v + 1]; item++)
            {
                foreach (var s in t.SuppliersOf(item))
                {
                    if (!seen[s])
                    {
                        seen[s] = true;
                        stack.Push(s);
                    }
                }
            }
        }

        return seen;
    }
}

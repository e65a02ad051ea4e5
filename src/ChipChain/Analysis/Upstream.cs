using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>The nodes a target depends on, directly or not: only they can take part in stopping it.</summary>
internal static class Upstream
{
    /// <summary>The target and every node it transitively depends on.</summary>
    public static List<int> Of(GraphTopology t, int target)
    {
        var seen = new bool[t.NodeCount];
        var result = new List<int> { target };
        seen[target] = true;
        for (var k = 0; k < result.Count; k++)
        {
            var v = result[k];
            for (var item = t.ItemStart[v]; item < t.ItemStart[v + 1]; item++)
            {
                foreach (var s in t.SuppliersOf(item))
                {
                    if (!seen[s])
                    {
                        seen[s] = true;
                        result.Add(s);
                    }
                }
            }
        }

        return result;
    }
}

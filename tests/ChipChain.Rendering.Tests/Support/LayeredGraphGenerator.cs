using ChipChain.Model;

namespace ChipChain.Rendering.Tests.Support;

/// <summary>
/// A small deterministic generator of layered supply graphs for layout tests: tiers from raw materials to products,
/// each node supplied by one to three nodes of the tier before (sometimes two tiers before), names of varied length.
/// </summary>
internal static class LayeredGraphGenerator
{
    private static readonly string[] Kinds = ["materials", "equipment", "materials", "foundry", "memory", "osat", "designer", "product"];
    private static readonly string[] Syllables = ["ka", "to", "rin", "sem", "tek", "lo", "vox", "mi", "ra", "quan", "del", "ion", "pho", "ze"];

    public static SupplyGraph Generate(int nodeCount, int tiers = 8, int seed = 7)
    {
        var random = new Lcg(seed);
        var builder = new SupplyGraphBuilder();
        var tierOf = new int[nodeCount];
        var byTier = new List<int>[tiers];
        for (var t = 0; t < tiers; t++)
        {
            byTier[t] = [];
        }

        for (var i = 0; i < nodeCount; i++)
        {
            var tier = i * tiers / nodeCount;
            tierOf[i] = tier;
            byTier[tier].Add(i);
            builder.AddNode(new Node($"n{i}") { Name = Name(random, i), Kind = Kinds[tier % Kinds.Length], Country = $"C{random.Next(6)}" });
        }

        for (var i = 0; i < nodeCount; i++)
        {
            var tier = tierOf[i];
            if (tier == 0)
            {
                continue;
            }

            var count = 1 + random.Next(3);
            var chosen = new HashSet<int>();
            for (var k = 0; k < count; k++)
            {
                var from = tier >= 2 && random.Next(5) == 0 ? tier - 2 : tier - 1;
                var pool = byTier[from];
                var s = pool[random.Next(pool.Count)];
                if (chosen.Add(s))
                {
                    builder.AddLink(new Link($"n{s}", $"n{i}") { Item = $"item{k}" });
                }
            }
        }

        return builder.Build();
    }

    private static string Name(Lcg random, int i)
    {
        var parts = 1 + random.Next(3);
        var name = string.Concat(Enumerable.Range(0, parts).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(name[0]) + name[1..] + (random.Next(3) == 0 ? " Industries" : string.Empty) + $" {i}";
    }

    /// <summary>A linear congruential generator: the same numbers on every platform and runtime.</summary>
    private sealed class Lcg(int seed)
    {
        private ulong _state = (ulong)seed * 6364136223846793005UL + 1442695040888963407UL;

        public int Next(int bound)
        {
            _state = (_state * 6364136223846793005UL) + 1442695040888963407UL;
            return (int)((_state >> 33) % (ulong)bound);
        }
    }
}

using ChipChain.Model;

namespace ChipChain.Rendering.Tests.Support;

/// <summary>Small random supply graphs from a seed: cycles, <c>requires: any</c> nodes, links without item, shared suppliers.</summary>
internal static class RandomGraphs
{
    private static readonly string?[] Items = [null, "a", "b", "c"];
    private static readonly string[] Kinds = ["equipment", "materials", "foundry", "designer", "product", "input", "mystery"];

    public static SupplyGraph Create(int seed, int maxNodes = 9)
    {
        var random = new Random(seed);
        var n = random.Next(2, maxNodes + 1);
        var builder = new SupplyGraphBuilder();
        for (var i = 0; i < n; i++)
        {
            builder.AddNode(new Node($"n{i}")
            {
                Name = random.Next(4) == 0 ? $"Node <{i}> & \"co\"" : $"Node {i}",
                Kind = Kinds[random.Next(Kinds.Length)],
                Country = random.Next(3) == 0 ? null : $"C{random.Next(3)}",
                Requires = random.Next(4) == 0 ? Requirement.Any : Requirement.All,
            });
        }

        var links = random.Next(1, n * 2 + 1);
        var seen = new HashSet<(int, int, string?)>();
        for (var k = 0; k < links; k++)
        {
            var s = random.Next(n);
            var c = random.Next(n);
            var item = Items[random.Next(Items.Length)];
            if (s != c && seen.Add((s, c, item)))
            {
                builder.AddLink(new Link($"n{s}", $"n{c}") { Item = item });
            }
        }

        return builder.Build();
    }
}

using System.Numerics;
using System.Runtime.InteropServices;
using ChipChain.Model;

namespace ChipChain.Export;

/// <summary>
/// The sets of cycle nodes a path-dependent gate may not use again, interned so that every distinct set is stored
/// once and named by a small id (0 is the empty set). A set only ever holds nodes of one strongly connected component
/// (that of the node whose gate it qualifies), so it is a bit set over the component's members: a copy in a
/// 300-node component costs 40 bytes, and memo keys are two ints instead of a joined string.
/// </summary>
internal sealed class FaultTreePathSets
{
    private readonly StronglyConnectedComponents _components;
    private readonly int[] _localIndex;
    private readonly List<ulong[]> _sets = [[]];
    private readonly Dictionary<ulong[], int> _ids = new(WordsComparer.Instance);

    public FaultTreePathSets(StronglyConnectedComponents components, int nodeCount)
    {
        _components = components;
        _localIndex = new int[nodeCount];
        for (var c = 0; c < components.Count; c++)
        {
            var members = components.Members(c);
            for (var i = 0; i < members.Length; i++)
            {
                _localIndex[members[i]] = i;
            }
        }

        _ids.Add([], 0);
    }

    /// <summary>The 64-bit words stored for all sets so far (what they cost in memory, 8 bytes each).</summary>
    public long Words { get; private set; }

    /// <summary>The id of set <paramref name="set"/> with node <paramref name="v"/> added (a set of <paramref name="v"/>'s component).</summary>
    public int With(int set, int v)
    {
        var size = _components.Members(_components.ComponentOf(v)).Length;
        var words = new ulong[(size + 63) / 64];
        _sets[set].CopyTo(words, 0);
        words[_localIndex[v] / 64] |= 1UL << (_localIndex[v] % 64);
        if (_ids.TryGetValue(words, out var id))
        {
            return id;
        }

        id = _sets.Count;
        _sets.Add(words);
        _ids.Add(words, id);
        Words += words.Length;
        return id;
    }

    /// <summary>Whether set <paramref name="set"/> (of <paramref name="v"/>'s component) holds node <paramref name="v"/>.</summary>
    public bool Contains(int set, int v)
    {
        var words = _sets[set];
        var i = _localIndex[v];
        return i / 64 < words.Length && (words[i / 64] & (1UL << (i % 64))) != 0;
    }

    /// <summary>The number of nodes in set <paramref name="set"/>.</summary>
    public int Count(int set)
    {
        var count = 0;
        foreach (var word in _sets[set])
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }

    /// <summary>The nodes of set <paramref name="set"/>, a set of component <paramref name="component"/>.</summary>
    public IEnumerable<int> Members(int set, int component)
    {
        var words = _sets[set];
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            while (word != 0)
            {
                var bit = BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                yield return _components.Members(component)[(w * 64) + bit];
            }
        }
    }

    private sealed class WordsComparer : IEqualityComparer<ulong[]>
    {
        public static WordsComparer Instance { get; } = new();

        public bool Equals(ulong[]? x, ulong[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(ulong[] obj)
        {
            var hash = default(HashCode);
            hash.AddBytes(MemoryMarshal.AsBytes(obj.AsSpan()));
            return hash.ToHashCode();
        }
    }
}

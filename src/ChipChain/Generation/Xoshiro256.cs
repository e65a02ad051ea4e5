namespace ChipChain.Generation;

/// <summary>
/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64. The generator owns its PRNG rather than using
/// <see cref="Random"/>, whose algorithm may change between .NET versions: a seed must give the same graph forever.
/// </summary>
internal sealed class Xoshiro256
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="bound"/>), without modulo bias (Lemire's method).</summary>
    public int Next(int bound)
    {
        if (bound <= 1)
        {
            return 0;
        }

        var b = (ulong)bound;
        var product = (UInt128)NextUInt64() * b;
        var low = (ulong)product;
        if (low < b)
        {
            var threshold = (0UL - b) % b;
            while (low < threshold)
            {
                product = (UInt128)NextUInt64() * b;
                low = (ulong)product;
            }
        }

        return (int)(product >> 64);
    }

    /// <summary>Whether an event of probability <paramref name="p"/> happens.</summary>
    public bool Chance(double p) => NextDouble() < p;

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChipChain.Snapshot;

/// <summary>
/// Range and order checks over whole columns, a vector of values at a time. Opening a snapshot checks every value of
/// every column it keeps, so these run over tens of millions of values per open: one comparison per vector, no branch
/// per value.
/// </summary>
internal static class ColumnChecks
{
    /// <summary>Whether every value is in <c>0 .. count - 1</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AllBelow(ReadOnlySpan<int> values, int count) => AllBelowUnsigned(MemoryMarshal.Cast<int, uint>(values), (uint)Math.Max(0, count), 0);

    /// <summary>Whether every value is -1 (none) or in <c>0 .. count - 1</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AllIndicesOrNone(ReadOnlySpan<int> values, int count) => AllBelowUnsigned(MemoryMarshal.Cast<int, uint>(values), (uint)Math.Max(0, count) + 1, 1);

    /// <summary>
    /// Whether the values never go down (or, when <paramref name="strictly"/>, always go up). Values are compared, never
    /// subtracted, so no pair of values passes by overflowing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AllRising(ReadOnlySpan<int> values, bool strictly)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetReference(values);
            for (; i + Vector<int>.Count < values.Length; i += Vector<int>.Count)
            {
                var here = Vector.LoadUnsafe(ref start, (nuint)i);
                var next = Vector.LoadUnsafe(ref start, (nuint)(i + 1));
                if (strictly ? !Vector.GreaterThanAll(next, here) : !Vector.GreaterThanOrEqualAll(next, here))
                {
                    return false;
                }
            }
        }

        for (; i + 1 < values.Length; i++)
        {
            if (strictly ? values[i + 1] <= values[i] : values[i + 1] < values[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every value is in 0..1, or also NaN (none) when <paramref name="orNaN"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AllFractions(ReadOnlySpan<double> values, bool orNaN)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetReference(values);
            var zero = Vector<double>.Zero;
            var one = Vector<double>.One;
            var outside = Vector<long>.Zero;
            for (; i + Vector<double>.Count <= values.Length; i += Vector<double>.Count)
            {
                var x = Vector.LoadUnsafe(ref start, (nuint)i);

                // A NaN fails both comparisons; it is let through only when it may stand for "none".
                var inside = Vector.GreaterThanOrEqual(x, zero) & Vector.LessThanOrEqual(x, one);
                if (orNaN)
                {
                    inside |= ~Vector.Equals(x, x);
                }

                outside |= ~inside;
            }

            if (outside != Vector<long>.Zero)
            {
                return false;
            }
        }

        for (; i < values.Length; i++)
        {
            if (!(values[i] is >= 0 and <= 1 || (orNaN && double.IsNaN(values[i]))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <c>value + shift</c> is below <paramref name="bound"/> for every value, as unsigned numbers.</summary>
    private static bool AllBelowUnsigned(ReadOnlySpan<uint> values, uint bound, uint shift)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetReference(values);
            var limit = new Vector<uint>(bound);
            var by = new Vector<uint>(shift);
            var over = Vector<uint>.Zero;
            for (; i + Vector<uint>.Count <= values.Length; i += Vector<uint>.Count)
            {
                over |= Vector.GreaterThanOrEqual(Vector.LoadUnsafe(ref start, (nuint)i) + by, limit);
            }

            if (over != Vector<uint>.Zero)
            {
                return false;
            }
        }

        for (; i < values.Length; i++)
        {
            if (values[i] + shift >= bound)
            {
                return false;
            }
        }

        return true;
    }
}

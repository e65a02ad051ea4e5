using ChipChain.Snapshot;
using CsCheck;

namespace ChipChain.Tests.Snapshot;

/// <summary>The vector checks against their one-value-at-a-time definitions, on lengths either side of a vector's width.</summary>
public sealed class ColumnChecksTests
{
    private static readonly Gen<int> Values = Gen.OneOf(Gen.Int[-3, 40], Gen.Const(int.MinValue), Gen.Const(int.MaxValue), Gen.Const(-1));

    [Fact]
    public void AllBelow_random_values_match_each_value_checked()
    {
        Gen.Select(Values.Array[0, 70], Gen.Int[0, 41]).Sample((values, count) =>
            ColumnChecks.AllBelow(values, count).Should().Be(values.All(v => v >= 0 && v < count)));
    }

    [Fact]
    public void AllIndicesOrNone_random_values_match_each_value_checked()
    {
        Gen.Select(Values.Array[0, 70], Gen.Int[0, 41]).Sample((values, count) =>
            ColumnChecks.AllIndicesOrNone(values, count).Should().Be(values.All(v => v == -1 || (v >= 0 && v < count))));
    }

    [Fact]
    public void AllRising_random_values_match_each_pair_compared()
    {
        // Mostly rising runs (where the answer is true), with a value of the extremes now and then.
        var rising = Gen.Int[0, 2].Array[0, 70].Select(steps => steps.Select((_, i) => steps[..(i + 1)].Sum()).ToArray());
        Gen.Select(rising, Gen.Int[-1, 69], Values, Gen.Bool).Sample((values, at, value, strictly) =>
        {
            if (at >= 0 && at < values.Length)
            {
                values[at] = value;
            }

            var expected = values.Zip(values.Skip(1)).All(p => strictly ? p.Second > p.First : p.Second >= p.First);
            ColumnChecks.AllRising(values, strictly).Should().Be(expected);
        });
    }

    [Fact]
    public void AllFractions_random_values_match_each_value_checked()
    {
        var value = Gen.OneOf(Gen.Double[0, 1], Gen.Const(double.NaN), Gen.Const(-0.0), Gen.Const(1.0000001), Gen.Const(-1e-300), Gen.Const(double.PositiveInfinity));
        Gen.Select(value.Array[0, 40], Gen.Bool).Sample((values, orNaN) =>
            ColumnChecks.AllFractions(values, orNaN).Should().Be(values.All(v => (v >= 0 && v <= 1) || (orNaN && double.IsNaN(v)))));
    }

    [Fact]
    public void AllRising_wrapping_differences_are_not_rising()
    {
        // Each difference below wraps to a positive 32-bit number; the values still go down twice.
        ColumnChecks.AllRising([0, 5, int.MinValue, -1, 9], strictly: false).Should().BeFalse();
    }
}

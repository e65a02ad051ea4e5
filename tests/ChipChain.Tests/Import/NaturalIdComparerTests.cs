using ChipChain.Import;
using CsCheck;

namespace ChipChain.Tests.Import;

public sealed class NaturalIdComparerTests
{
    [Fact]
    public void Compare_orders_numbers_by_value_then_prefixes_ordinally()
    {
        string[] ids = ["P1", "N10", "N2", "N0", "N1", "N100", "P01", "N9a", "N9", "S1"];

        ids.Order(NaturalIdComparer.Instance).Should().Equal("N0", "N1", "N2", "N9", "N9a", "N10", "N100", "P01", "P1", "S1");
    }

    [Fact]
    public void Compare_numeric_suffixes_agrees_with_integer_order()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, 100_000]).Sample((a, b) =>
            Math.Sign(NaturalIdComparer.Instance.Compare($"N{a}", $"N{b}")).Should().Be(Math.Sign(a.CompareTo(b))));
    }

    [Fact]
    public void Compare_is_antisymmetric_and_zero_only_for_equal_strings()
    {
        var id = Gen.String[Gen.Char["N0P19a"], 0, 5];
        Gen.Select(id, id).Sample((a, b) =>
        {
            var ab = NaturalIdComparer.Instance.Compare(a, b);
            Math.Sign(ab).Should().Be(-Math.Sign(NaturalIdComparer.Instance.Compare(b, a)));
            (ab == 0).Should().Be(a == b);
        });
    }
}

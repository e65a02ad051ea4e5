using ChipChain.Model;

namespace ChipChain.Tests.Model;

public sealed class CountryCodesTests
{
    [Theory]
    [InlineData("Taiwan", "TW")]
    [InlineData("South Korea", "KR")]
    [InlineData("Korea", "KR")]
    [InlineData("Netherlands", "NL")]
    [InlineData("The Netherlands", "NL")]
    [InlineData("Holland", "NL")]
    [InlineData("USA", "US")]
    [InlineData("United States", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("UK", "GB")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("China", "CN")]
    [InlineData("PRC", "CN")]
    [InlineData("Japan", "JP")]
    [InlineData("germany", "DE")]
    [InlineData("NLD", "NL")]
    [InlineData("TWN", "TW")]
    [InlineData("twn", "TW")]
    [InlineData("tw", "TW")]
    [InlineData("TW", "TW")]
    [InlineData("  Taiwan ", "TW")]
    public void TryToAlpha2_names_and_codes_give_the_alpha2_code(string value, string expected)
    {
        CountryCodes.TryToAlpha2(value, out var alpha2).Should().BeTrue();
        alpha2.Should().Be(expected);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("EUR")]
    [InlineData("Europe")]
    [InlineData("")]
    public void TryToAlpha2_unassigned_or_unknown_is_false(string value)
    {
        CountryCodes.TryToAlpha2(value, out var alpha2).Should().BeFalse();
        alpha2.Should().BeEmpty();
    }

    [Theory]
    [InlineData("TW", true)]
    [InlineData("GB", true)]
    [InlineData("AX", true)]
    [InlineData("tw", false)]
    [InlineData("TWN", false)]
    [InlineData("XX", false)]
    [InlineData("UK", false)]
    [InlineData("EU", false)]
    public void IsAlpha2_accepts_assigned_upper_case_codes_only(string code, bool expected) =>
        CountryCodes.IsAlpha2(code).Should().Be(expected);

    [Theory]
    [InlineData("TW", "Taiwan")]
    [InlineData("KR", "South Korea")]
    [InlineData("NL", "Netherlands")]
    [InlineData("US", "United States")]
    public void EnglishName_of_assigned_code_is_the_short_name(string code, string expected) =>
        CountryCodes.EnglishName(code).Should().Be(expected);

    [Fact]
    public void EnglishName_of_unassigned_code_is_null() => CountryCodes.EnglishName("XX").Should().BeNull();

    [Fact]
    public void Table_holds_every_assigned_code_once()
    {
        var codes = Enumerable.Range('A', 26).SelectMany(a => Enumerable.Range('A', 26).Select(b => $"{(char)a}{(char)b}")).Where(CountryCodes.IsAlpha2).ToList();
        codes.Should().HaveCount(249);
        codes.Select(c => CountryCodes.TryToAlpha2(CountryCodes.EnglishName(c)!, out var back) ? back : null).Should().Equal(codes);
    }
}

using System.Globalization;
using System.Text;
using ChipChain.Json;
using CsCheck;

namespace ChipChain.Tests.Json;

/// <summary>The short-decimal parse must give the correctly rounded double a full parser gives, or decline.</summary>
public sealed class JsonLexemesTests
{
    [Fact]
    public void TryShortDecimal_random_decimals_equals_full_parse()
    {
        var decimals = Gen.Select(Gen.String[Gen.Char['0', '9'], 1, 18], Gen.Int[-1, 18])
            .Select((digits, point) => point >= 0 && point < digits.Length ? digits.Insert(point, ".") : digits);
        decimals.Sample(text =>
        {
            if (JsonLexemes.TryShortDecimal(Encoding.ASCII.GetBytes(text), out var value))
            {
                value.Should().Be(double.Parse(text, CultureInfo.InvariantCulture), text);
                text.Count(char.IsAsciiDigit).Should().BeLessThanOrEqualTo(15);
            }
            else
            {
                text.Count(char.IsAsciiDigit).Should().BeGreaterThan(15, $"'{text}' is a short decimal");
            }
        }, iter: 20000);
    }

    [Theory]
    [InlineData("0.534", 0.534)]
    [InlineData("1", 1.0)]
    [InlineData("0.1", 0.1)]
    [InlineData("123456789012345", 123456789012345.0)]
    [InlineData("0.00000000000001", 1e-14)]
    public void TryShortDecimal_plain_decimal_parses(string text, double expected)
    {
        JsonLexemes.TryShortDecimal(Encoding.ASCII.GetBytes(text), out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("-0.5")]
    [InlineData("1e5")]
    [InlineData("1234567890123456")]
    [InlineData("")]
    [InlineData("1.2.3")]
    public void TryShortDecimal_anything_else_declines(string text) =>
        JsonLexemes.TryShortDecimal(Encoding.ASCII.GetBytes(text), out _).Should().BeFalse();
}

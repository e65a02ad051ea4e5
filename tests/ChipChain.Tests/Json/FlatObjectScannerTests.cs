using System.Text;
using System.Text.Json;
using ChipChain.Json;
using CsCheck;

namespace ChipChain.Tests.Json;

/// <summary>
/// The flat-object scanner must give exactly the tokens a <see cref="Utf8JsonReader"/> gives, for as long as it goes
/// on, and must stop wherever the reader would throw: whatever it accepts, the reader would have accepted the same way.
/// </summary>
public sealed class FlatObjectScannerTests
{
    private static readonly string[] Values =
    [
        "\"x\"", "\"\"", "\"materials-12\"", "\"caf\u00e9\"", "\"\u4e2d\u56fd\"", "\"a\\\"b\"", "\"a\\u0041\"", "0", "-0", "1", "0.534",
        "-12.5e3", "1E+5", "2e-2", "01", "1.", ".5", "-", "1e", "1e+", "+1", "1.0e999", "true", "false", "null", "tru",
        "nul", "falsey", "{}", "[1]", "\"tab\there\"", "NaN", "Infinity",
    ];

    private static readonly string[] Names = ["id", "supplier", "consumer", "share", "a\\u0062", "", "k\u00e9y"];

    private static readonly string[] Gaps = ["", " ", "\n", "\r\n  ", "\t", "/*c*/", "x"];

    private static readonly Gen<byte[]> FlatObject =
        Gen.Select(Gen.Int[0, Names.Length - 1], Gen.Int[0, Values.Length - 1], Gen.Int[0, Gaps.Length - 1]).Array[0, 5]
            .Select(Gen.Int[0, 3], Gen.Int[0, 2], (properties, ending, mangle) =>
            {
                var text = new StringBuilder("{");
                for (var p = 0; p < properties.Length; p++)
                {
                    var (name, value, gap) = properties[p];
                    var g = Gaps[gap] == "x" && mangle != 0 ? " " : Gaps[gap];
                    text.Append(p > 0 ? "," : string.Empty).Append(g).Append('"').Append(Names[name]).Append('"').Append(g).Append(':').Append(g).Append(Values[value]);
                }

                text.Append(ending switch { 0 => "}", 1 => ",}", 2 => "} , {", _ => string.Empty });
                var bytes = Encoding.UTF8.GetBytes(text.ToString());
                if (mangle == 2 && bytes.Length > 2)
                {
                    bytes[bytes.Length / 2] = 0xC3; // a lone UTF-8 lead byte, or a broken sequence
                }

                return bytes;
            });

    [Fact]
    public void Read_random_flat_objects_gives_the_readers_tokens_until_it_stops()
    {
        FlatObject.Sample(bytes =>
        {
            var scanner = new FlatObjectScanner(bytes);
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            var completed = false;
            while (scanner.Read())
            {
                ReadOrThrow(ref reader).Should().BeTrue(Encoding.UTF8.GetString(bytes));
                scanner.TokenType.Should().Be(reader.TokenType);
                scanner.TokenStartIndex.Should().Be(reader.TokenStartIndex);
                scanner.ValueSpan.ToArray().Should().Equal(reader.ValueSpan.ToArray());
                scanner.TryGetDouble(out var a).Should().Be(reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var b) && double.IsFinite(b));
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    scanner.GetString().Should().Be(reader.GetString());
                }

                if (scanner.TokenType == JsonTokenType.EndObject)
                {
                    scanner.BytesConsumed.Should().Be((int)reader.BytesConsumed);
                    completed = true;
                    break;
                }
            }

            if (!completed)
            {
                scanner.TokenType.Should().Be(JsonTokenType.None, "a scanner that stops says so");
            }
        }, iter: 3000);
    }

    [Theory]
    [InlineData("{\"supplier\":\"materials-196120\",\"consumer\":\"memory-300000\",\"share\":0.534}", 8)]
    [InlineData("{}", 2)]
    [InlineData("{ \"canFail\" : false , \"x\" : null }", 6)]
    public void Read_ordinary_record_reads_to_its_end(string json, int tokens)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var scanner = new FlatObjectScanner(bytes);
        var count = 0;
        while (scanner.Read())
        {
            count++;
        }

        count.Should().Be(tokens);
        scanner.BytesConsumed.Should().Be(bytes.Length);
    }

    [Theory]
    [InlineData("{\"note\":\"say \\\"hi\\\"\"}")]
    [InlineData("{\"a\":{\"b\":1}}")]
    [InlineData("{\"a\":01}")]
    [InlineData("{\"a\":1,}")]
    [InlineData("{\"a\" /* c */ :1}")]
    public void Read_anything_but_a_plain_flat_object_stops_before_its_end(string json)
    {
        var scanner = new FlatObjectScanner(Encoding.UTF8.GetBytes(json));
        while (scanner.Read())
        {
            scanner.TokenType.Should().NotBe(JsonTokenType.EndObject);
        }

        scanner.TokenType.Should().Be(JsonTokenType.None);
    }

    private static bool ReadOrThrow(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

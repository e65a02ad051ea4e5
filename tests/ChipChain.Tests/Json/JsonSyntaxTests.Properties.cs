using System.Text;
using System.Text.Json;
using ChipChain.Analysis.Scenarios;
using ChipChain.Generation;
using ChipChain.Json;
using ChipChain.Model;
using ChipChain.Tests.Support;
using ChipChain.Validation;
using CsCheck;

namespace ChipChain.Tests.Json;

/// <summary>
/// Random valid graph and scenario files corrupted at a random byte: a malformed-JSON error points at or before the
/// first byte that makes the text invalid (the oracle: the shortest prefix a streaming reader refuses), is worded by
/// the project, never by the framework, and does not depend on how the stream delivers the bytes.
/// </summary>
public sealed partial class JsonSyntaxTests
{
    /// <summary>Phrases of the framework's own messages that must never reach a user.</summary>
    internal static readonly string[] FrameworkWording =
    [
        "is an invalid", "is invalid", "BytePosition", "LineNumber", "Path: $", "JSON payload", "Expected depth", "System.", "Cannot ",
    ];

    /// <summary>The fallbacks of a scan that found nothing: a corrupted file must always get a named problem.</summary>
    private static readonly string[] Unnamed = ["the reader stopped", "cannot be read here"];

    private static readonly byte[] Interesting = "{}[],:\"\\/*x1-.e tn\n"u8.ToArray().Concat(new byte[] { 0x00, 0x01, 0xC3, 0xFF, 0xE2 }).ToArray();

    private static readonly Gen<byte[]> GraphFiles = RandomGraphs.Graphs(8).Select(g => Encoding.UTF8.GetBytes(SupplyGraphJson.ToJson(g)));

    private static readonly Gen<byte[]> ScenarioFiles =
        Gen.Select(Gen.Int[0, 3].Array[0, 7], Gen.Int[0, 3], Gen.Double[0, 1], Gen.Bool, Gen.Bool)
            .Select((parts, ids, level, pretty, comment) =>
            {
                var fields = parts.Distinct().Select(p => p switch
                {
                    0 => $"\"fail\": [{string.Join(", ", Enumerable.Range(0, ids + 1).Select(i => $"\"n{i}\""))}]",
                    1 => "\"cut\": [{ \"supplierCountry\": \"AA\", \"consumerCountry\": \"BB\", \"item\": \"x\" }]",
                    2 => FormattableString.Invariant($"\"degrade\": [{{ \"id\": \"n{ids}\", \"level\": {level} }}], \"defaultProbability\": {level}"),
                    _ => "\"probabilityByCountry\": { \"AA\": 0.25, \"BB\": 1 }, \"durations\": { \"n0\": 26 }, \"name\": \"s\\u00e9\"",
                });
                var separator = pretty ? ",\n  " : ", ";
                var text = "{" + (pretty ? "\n  " : string.Empty) + (comment ? "/* c */ " : string.Empty) + string.Join(separator, fields) + (pretty ? "\n}\n" : "}");
                return Encoding.UTF8.GetBytes(text);
            });

    private static Gen<(byte[] Bytes, int At)> Corrupted(Gen<byte[]> files) =>
        Gen.Select(files, Gen.Double[0, 1], Gen.Int[0, 3], Gen.Int[0, Interesting.Length - 1], Gen.Byte)
            .Select((bytes, where, how, pick, any) =>
            {
                var at = (int)(where * (bytes.Length - 1));
                var b = pick % 3 == 0 ? any : Interesting[pick];
                byte[] corrupted = how switch
                {
                    0 => bytes[..at],
                    1 => [.. bytes[..at], .. bytes[(at + 1)..]],
                    2 => [.. bytes[..at], b, .. bytes[at..]],
                    _ => [.. bytes[..at], b, .. bytes[(at + 1)..]],
                };
                return (corrupted, at);
            });

    [Fact]
    public void Read_corrupted_graph_points_at_or_before_the_first_bad_byte_in_its_own_words()
    {
        var malformed = 0;
        Corrupted(GraphFiles).Sample(c =>
        {
            var errors = Diagnostics(new MemoryStream(c.Bytes)).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            foreach (var error in errors)
            {
                error.Message.Should().NotContainAny(FrameworkWording).And.NotContainAny(Unnamed);
            }

            if (errors.LastOrDefault() is { Message: var message, Position: { } at } && (message.StartsWith("malformed JSON", StringComparison.Ordinal) || message.StartsWith("the file is empty", StringComparison.Ordinal)))
            {
                Compare(at, FirstBadPosition(c.Bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip })).Should().BeLessThanOrEqualTo(0, message);
                Interlocked.Increment(ref malformed);
            }
        }, iter: 600);

        malformed.Should().BeGreaterThan(150, "most corruptions break the JSON itself");
    }

    [Fact]
    public void Parse_corrupted_scenario_points_at_or_before_the_first_bad_byte_in_its_own_words()
    {
        var malformed = 0;
        Corrupted(ScenarioFiles).Sample(c =>
        {
            try
            {
                ScenarioJson.Parse(c.Bytes, "s.json");
            }
            catch (ScenarioException ex)
            {
                ex.Message.Should().NotContainAny(FrameworkWording).And.NotContainAny(Unnamed);
                if (ex.Message.Contains(": malformed JSON: ", StringComparison.Ordinal))
                {
                    var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
                    Compare(new SourcePosition(ex.Line!.Value, ex.Column!.Value), FirstBadPosition(c.Bytes, options)).Should().BeLessThanOrEqualTo(0, ex.Message);
                    Interlocked.Increment(ref malformed);
                }
            }
        }, iter: 600);

        malformed.Should().BeGreaterThan(150, "most corruptions break the JSON itself");
    }

    [Fact]
    public void Read_corrupted_large_graph_from_a_stream_in_random_pieces_gives_the_whole_read_message()
    {
        var files = Gen.Select(Gen.Int[300, 700], Gen.ULong[1, 1000]).Select((nodes, seed) =>
            Encoding.UTF8.GetBytes(SupplyGraphJson.ToJson(SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(nodes) { Seed = seed }))));
        Gen.Select(Corrupted(files), Gen.Int[1, 9000], Gen.Int[0, 1000]).Sample((c, piece, seed) =>
        {
            var whole = Diagnostics(new MemoryStream(c.Bytes)).Select(d => d.Format("t.json"));
            var pieces = Diagnostics(new PieceStream(c.Bytes, piece, seed)).Select(d => d.Format("t.json"));

            pieces.Should().Equal(whole);
        }, iter: 60);
    }

    private static List<Diagnostic> Diagnostics(Stream stream)
    {
        using (stream)
        {
            return [.. SupplyGraphJson.Read(stream, "t.json").Diagnostics];
        }
    }

    private static int Compare(SourcePosition a, SourcePosition b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);

    /// <summary>The oracle: the position of the last byte of the shortest prefix a non-final reader refuses, or of the end.</summary>
    private static SourcePosition FirstBadPosition(byte[] bytes, JsonReaderOptions options)
    {
        // Refusal is monotone in the prefix length (a refused prefix stays refused), so a binary search finds the shortest.
        var (low, high) = (1, bytes.Length + 1);
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (Refuses(bytes.AsSpan(0, mid), options))
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        var offset = Math.Min(low - 1, bytes.Length);
        var before = bytes.AsSpan(0, offset);
        return new SourcePosition(before.Count((byte)'\n') + 1, offset - (before.LastIndexOf((byte)'\n') + 1) + 1);
    }

    private static bool Refuses(ReadOnlySpan<byte> prefix, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(prefix, isFinalBlock: false, new JsonReaderState(options));
        try
        {
            while (reader.Read())
            {
            }

            return false;
        }
        catch (JsonException)
        {
            return true;
        }
    }

    /// <summary>A stream that hands out its bytes in pieces of 1..<c>piece</c> bytes, so refills fall anywhere.</summary>
    private sealed class PieceStream(byte[] bytes, int piece, int seed) : MemoryStream(bytes)
    {
        private readonly Random _random = new(seed);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, _random.Next(1, piece + 1)));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, _random.Next(1, piece + 1))]);
    }
}

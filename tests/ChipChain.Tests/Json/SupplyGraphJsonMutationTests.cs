using ChipChain.Json;
using ChipChain.Tests.Support;
using ChipChain.Validation;

namespace ChipChain.Tests.Json;

/// <summary>
/// Seeded byte mutations of the bundled sample graph: the loader returns a graph, or errors that are each one line of
/// at most 300 characters with the file, line and column — never an exception, never a graph and an error together.
/// </summary>
public sealed class SupplyGraphJsonMutationTests
{
    private const int Mutations = 10_000;

    private static readonly byte[][] Fragments =
    [
        "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), "null"u8.ToArray(), ","u8.ToArray(), "\"id\":"u8.ToArray(),
        "\"share\":1.5"u8.ToArray(), "\"supplier\":\"nope\""u8.ToArray(), "\"canFail\":\"x\""u8.ToArray(), "\"\\uD800\""u8.ToArray(),
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xC3], [0x00], "1e999"u8.ToArray(), "tru"u8.ToArray(), "\"requires\":\"some\""u8.ToArray(),
    ];

    [Fact]
    public void Read_mutated_sample_returns_a_graph_or_one_line_errors()
    {
        var sample = File.ReadAllBytes(RepositoryFiles.Graph("ai-accelerators.json"));
        var random = new Random(20_261_129);
        var loaded = 0;
        for (var i = 0; i < Mutations; i++)
        {
            var input = Mutate(sample, random);
            GraphReadResult result;
            try
            {
                using var stream = new MemoryStream(input);
                result = SupplyGraphJson.Read(stream, "mutant.json");
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"mutation {i} threw {ex.GetType().Name}: {ex.Message}");
            }

            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Describe("mutant.json")).ToList();
            if (result.Graph is not null)
            {
                errors.Should().BeEmpty($"mutation {i} loaded a graph");
                loaded++;
                continue;
            }

            errors.Should().NotBeEmpty($"mutation {i} gave no graph");
            foreach (var line in errors)
            {
                line.Should().StartWith("mutant.json", $"mutation {i}").And.NotContainAny(["\n", "\r"], $"mutation {i}");
                line.Length.Should().BeLessThanOrEqualTo(300, $"mutation {i}: {line}");
            }
        }

        loaded.Should().BeGreaterThan(0, "some mutations leave a valid graph (inside a name, a note)");
    }

    private static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at - 1, random.Next(1, 16)));
                    break;
                case 3:
                    bytes.InsertRange(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                default:
                    bytes.RemoveRange(at + 1, bytes.Count - at - 1);
                    break;
            }
        }

        return [.. bytes];
    }
}

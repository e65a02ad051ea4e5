using System.Text;
using ChipChain.Analysis.Scenarios;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Analysis.Scenarios;

/// <summary>Seeded byte mutations of the sample graph: the scenario reader returns a scenario or a one-line <see cref="ScenarioException"/>, nothing else.</summary>
public sealed class ScenarioJsonMutationTests
{
    private const int Mutations = 12_000;

    private static readonly byte[][] Fragments =
    [
        "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), "null"u8.ToArray(), "\"fail\":"u8.ToArray(),
        "{\"cut\":[null]}"u8.ToArray(), "{\"degrade\":[{\"id\":null,\"level\":2}]}"u8.ToArray(), "\"\\uD800\""u8.ToArray(),
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xC3], [0x00], "1e999"u8.ToArray(), "/*"u8.ToArray(), "\"supplierCountry\":null"u8.ToArray(),
    ];

    [Fact]
    public void Parse_mutated_sample_bytes_returns_a_scenario_or_a_one_line_scenario_exception()
    {
        var sample = File.ReadAllBytes(RepositoryFiles.Graph("ai-accelerators.json"));
        var scenario = "{\"name\":\"n\",\"fail\":[\"tsmc\"],\"failCountries\":[\"TW\"],\"cut\":[{\"supplierCountry\":\"NL\",\"consumerCountry\":\"CN\",\"item\":\"x\"}],\"degrade\":[{\"id\":\"asml\",\"level\":0.5}]}"u8.ToArray();
        var random = new Random(20_240_601);
        var accepted = 0;
        for (var i = 0; i < Mutations; i++)
        {
            // Half start from a valid scenario (so mutations reach the deeper checks), half from a slice of the graph.
            var input = i % 2 == 0 ? Mutate(scenario, random) : Mutate(Slice(sample, random), random);
            try
            {
                ScenarioJson.Parse(input, "mutant.json");
                accepted++;
            }
            catch (ScenarioException ex)
            {
                ex.Message.Should().NotContainAny("\n", "\r").And.StartWith("mutant.json:", $"mutation {i}");
                ex.Message.Length.Should().BeLessThanOrEqualTo(300, $"mutation {i}");
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"mutation {i} threw {ex.GetType().Name}: {ex.Message} on input {Encoding.UTF8.GetString(input)[..Math.Min(200, input.Length)]}");
            }
        }

        accepted.Should().BeGreaterThan(0, "some mutations keep a valid scenario");
    }

    private static byte[] Slice(byte[] sample, Random random)
    {
        var start = random.Next(sample.Length);
        return sample.AsSpan(start, Math.Min(sample.Length - start, random.Next(1, 4096))).ToArray();
    }

    private static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        for (var n = random.Next(1, 5); n > 0; n--)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 16)));
                    break;
                case 3:
                    bytes.InsertRange(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 4 when bytes.Count > 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    var from = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
                    bytes.InsertRange(at, bytes.GetRange(from, Math.Min(bytes.Count - from, random.Next(0, 32))));
                    break;
            }
        }

        return [.. bytes];
    }
}

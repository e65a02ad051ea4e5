using System.Text.Json;
using ChipChain.Json;
using ChipChain.Tests.Support;
using Json.Schema;

namespace ChipChain.Tests.Json;

public sealed class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(RepositoryFiles.Graph("chipchain.schema.json")));

    public static TheoryData<string> GraphFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryFiles.Path("graphs"), "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            if (document.RootElement.ValueKind == JsonValueKind.Object &&
                document.RootElement.TryGetProperty("format", out var format) && format.GetString() == SupplyGraphJson.Format)
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GraphFiles))]
    public void Schema_accepts_and_loader_loads_every_graph_file(string file)
    {
        var path = RepositoryFiles.Graph(file);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Values)));
        SupplyGraphJson.Load(path).NodeCount.Should().BePositive();
    }

    [Fact]
    public void GraphFiles_include_the_bundled_sample_and_the_teaching_example()
    {
        ((IEnumerable<object[]>)GraphFiles()).Select(row => (string)row[0]).Should().Contain(["ai-accelerators.json", "minimal.json"]);
    }

    [Theory]
    [InlineData("""{ "format": "chipchain/1", "nodes": [], "links": [ { "supplier": "a", "consumer": "b", "share": 1.5 } ] }""")]
    [InlineData("""{ "format": "chipchain/1", "nodes": [ { "id": "a", "requires": "most" } ], "links": [] }""")]
    [InlineData("""{ "format": "chipchain/1", "nodes": [ { "name": "no id" } ], "links": [] }""")]
    [InlineData("""{ "format": "chipchain/2", "nodes": [], "links": [] }""")]
    [InlineData("""{ "format": "chipchain/1", "nodes": [] }""")]
    public void Schema_rejects_what_the_loader_rejects(string json)
    {
        using var document = JsonDocument.Parse(json);
        Schema.Evaluate(document.RootElement).IsValid.Should().BeFalse();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        SupplyGraphJson.Read(stream, "x.json").HasErrors.Should().BeTrue();
    }
}

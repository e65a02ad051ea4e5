using ChipChain.Cli.Tests.Support;
using static ChipChain.Cli.Tests.Support.CliRun;

namespace ChipChain.Cli.Tests.Commands;

/// <summary>Names beside ids in a graph shaped like the ETO one, whose items are the ids of input nodes.</summary>
public partial class BottlenecksCommandTests
{
    private const string ItemsAreNodes = """
        { "format": "chipchain/1",
          "nodes": [
            { "id": "P88", "name": "ASML", "country": "NL" },
            { "id": "N20", "name": "EUV lithography tools", "kind": "input", "requires": "any" },
            { "id": "N99", "name": "Finished logic chip", "kind": "product" } ],
          "links": [
            { "supplier": "P88", "consumer": "N20", "item": "N20" },
            { "supplier": "N20", "consumer": "N99", "item": "N20" } ] }
        """;

    [Fact]
    public void Bottlenecks_text_item_that_is_a_node_id_shows_the_node_name()
    {
        using var files = new TempFiles();
        var (code, output, _) = Run("bottlenecks", files.Write("eto.json", ItemsAreNodes), "--target", "N99");
        code.Should().Be(0);
        output.Should().StartWith("-- N99 (Finished logic chip) --")
            .And.MatchRegex(@"\n +1 +N20 +EUV lithography tools +N20 \(EUV lithography tools\) .* P88 \(ASML\) 100%");
    }

    [Fact]
    public void Bottlenecks_csv_has_name_columns_beside_target_and_item()
    {
        using var files = new TempFiles();
        var (code, output, _) = Run("bottlenecks", files.Write("eto.json", ItemsAreNodes), "--target", "N99", "--format", "csv");
        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("target,target name,rank,item,item name,consumers,suppliers,top supplier,");
        lines[1].Should().StartWith("N99,Finished logic chip,1,N20,EUV lithography tools,N20 (EUV lithography tools),1,P88 (ASML) 100%,");
    }

    [Fact]
    public void Bottlenecks_json_keeps_ids_and_adds_names()
    {
        using var files = new TempFiles();
        var root = CliRun.Json("bottlenecks", files.Write("eto.json", ItemsAreNodes), "--target", "N99");
        var first = root.GetProperty("chokepoints")[0];
        first.GetProperty("item").GetString().Should().Be("N20");
        first.GetProperty("itemName").GetString().Should().Be("EUV lithography tools");
        first.GetProperty("suppliers")[0].GetProperty("name").GetString().Should().Be("ASML");
    }

    [Fact]
    public void Upstream_csv_names_the_item_and_the_via_node()
    {
        using var files = new TempFiles();
        var (code, output, _) = Run("upstream", files.Write("eto.json", ItemsAreNodes), "N99", "--format", "csv");
        code.Should().Be(0);
        output.Should().Contain("\n2,P88,ASML,N20,EUV lithography tools,N20,EUV lithography tools,P88 (ASML) -> N20 (EUV lithography tools) -> N99 (Finished logic chip)\n");
    }
}

using System.Text;
using ChipChain.Export;
using ChipChain.Import;
using ChipChain.IO;
using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.IO;

/// <summary>SupplyGraphFile's import and export entry points give what the importers and writers behind them give.</summary>
public sealed class SupplyGraphFileFormatsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("chipchain-formats-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void ImportEdgeList_file_gives_the_graph_and_warnings_of_the_rows()
    {
        var path = Path.Combine(_folder.FullName, "edges.csv");
        File.WriteAllText(path, "supplier,consumer,item,share,supplier_country\nasml,tsmc,euv,1,NL\nnikon,tsmc,duv,0.6,JP\ncanon,tsmc,duv,0.6,JP\n");

        var result = SupplyGraphFile.ImportEdgeList(path);

        result.Graph.Nodes.Select(n => n.Id).Should().Equal("asml", "canon", "nikon", "tsmc");
        result.Graph.GetNode("asml").Country.Should().Be("NL");
        SupplyGraphFile.ToJson(result.Graph).Should().Be(SupplyGraphFile.ToJson(EdgeListImport.Run(path).Graph));
    }

    [Fact]
    public void ToGraphML_and_WriteGraphML_give_the_writers_document()
    {
        using var stream = new MemoryStream();

        SupplyGraphFile.WriteGraphML(SampleGraphs.Minimal, stream);

        var text = SupplyGraphFile.ToGraphML(SampleGraphs.Minimal);
        text.Should().Be(GraphMLWriter.ToXml(SampleGraphs.Minimal)).And.Contain("<graphml");
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(text);
    }

    [Fact]
    public void ToOpenPsa_and_WriteOpenPsa_give_the_writers_fault_tree()
    {
        using var stream = new MemoryStream();

        SupplyGraphFile.WriteOpenPsa(SampleGraphs.Minimal, "widget-chip", stream, includeProbabilities: false);

        var text = SupplyGraphFile.ToOpenPsa(SampleGraphs.Minimal, "widget-chip", includeProbabilities: false);
        text.Should().Be(OpenPsaWriter.ToXml(SampleGraphs.Minimal, "widget-chip", new OpenPsaOptions { IncludeProbabilities = false }));
        text.Should().Contain("<define-fault-tree name=\"widget-chip\">").And.NotContain("<float");
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(text);
    }

    [Fact]
    public void ToOpenPsa_unknown_target_throws_UnknownNode()
    {
        var act = () => SupplyGraphFile.ToOpenPsa(SampleGraphs.Minimal, "ghost");

        act.Should().Throw<SupplyGraphException>().Which.Kind.Should().Be(SupplyGraphProblem.UnknownNode);
    }
}

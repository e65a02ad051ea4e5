using System.Text;
using ChipChain.Analysis;
using ChipChain.IO;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.IO;

public sealed class SupplyGraphFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("chipchain-file-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("sample.ccg", true)]
    [InlineData("sample.CCG", true)]
    [InlineData("sample.json", false)]
    public void Save_extension_picks_the_format_and_load_reads_it_back(string name, bool snapshot)
    {
        var path = Path.Combine(_folder.FullName, name);

        SupplyGraphFile.Save(SampleGraphs.AiAccelerators, path);
        var back = SupplyGraphFile.Load(path);

        (File.ReadAllBytes(path)[0] == (byte)'{').Should().Be(!snapshot, "JSON starts with a brace, a snapshot with its magic bytes");
        SupplyGraphFile.Read(path).IsSnapshot.Should().Be(snapshot);
        SinglePointsOfFailure.Of(back, "nvidia-h100").Should().Equal(SinglePointsOfFailure.Of(SampleGraphs.AiAccelerators, "nvidia-h100"));
        SupplyGraphFile.ToJson(back).Should().Be(SupplyGraphFile.ToJson(SampleGraphs.AiAccelerators));
    }

    [Fact]
    public void Load_stream_of_json_gives_the_same_graph_as_the_file()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SupplyGraphFile.ToJson(SampleGraphs.AiAccelerators)));

        var graph = SupplyGraphFile.Load(stream, "sample.json");

        graph.NodeCount.Should().Be(SampleGraphs.AiAccelerators.NodeCount);
        FailureCascade.Run(graph, ["asml"]).Should().Equal(FailureCascade.Run(SampleGraphs.AiAccelerators, ["asml"]));
    }
}

using System.Text;
using ChipChain.Analysis;
using ChipChain.Analysis.Scenarios;
using ChipChain.IO;
using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Model;

/// <summary>One public exception type: each problem is told apart by its kind, and located by file and position.</summary>
public sealed class SupplyGraphExceptionTests
{
    [Fact]
    public void GetNode_unknown_id_kind_is_UnknownNode_without_a_file()
    {
        var act = () => SampleGraphs.AiAccelerators.GetNode("ghost");

        var ex = act.Should().Throw<SupplyGraphException>().Which;
        ex.Kind.Should().Be(SupplyGraphProblem.UnknownNode);
        ex.File.Should().BeNull();
        ex.Position.Should().BeNull();
        ex.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Load_duplicate_id_kind_is_InvalidGraph_with_file_position_and_every_diagnostic()
    {
        const string json = "{\n\"format\": \"chipchain/1\",\n\"nodes\": [\n{ \"id\": \"a\" },\n{ \"id\": \"a\" },\n{ \"id\": \"a\" }\n],\n\"links\": []\n}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var act = () => SupplyGraphFile.Load(stream, "test.json");

        var ex = act.Should().Throw<SupplyGraphException>().Which;
        ex.Kind.Should().Be(SupplyGraphProblem.InvalidGraph);
        ex.File.Should().Be("test.json");
        ex.Position.Should().Be(new SourcePosition(5, 9));
        ex.Diagnostics.Should().HaveCount(2).And.OnlyContain(d => d.IsError);
        ex.Message.Should().Be("test.json:5:9: error: duplicate node id 'a' (first defined at line 4) (at $.nodes[1].id)");
    }

    [Fact]
    public void OpenRead_folder_is_InputFileException_of_kind_UnreadableFile()
    {
        var path = Directory.CreateTempSubdirectory("chipchain-folder-").FullName;
        try
        {
            var act = () => InputFile.OpenRead(path);

            var ex = act.Should().Throw<InputFileException>().Which;
            ex.Kind.Should().Be(SupplyGraphProblem.UnreadableFile);
            ex.File.Should().Be(path);
        }
        finally
        {
            Directory.Delete(path);
        }
    }

    [Fact]
    public void ScenarioParse_malformed_kind_is_InvalidScenario_with_position()
    {
        var act = () => Scenario.Parse("{\n  \"fail\": [\"asml\" \"tsmc\"]\n}", "s.json");

        var ex = act.Should().Throw<SupplyGraphException>().Which;
        ex.Kind.Should().Be(SupplyGraphProblem.InvalidScenario);
        ex.Position.Should().NotBeNull();
        ex.Position!.Value.Line.Should().Be(2);
    }

    [Fact]
    public void WhatIf_country_without_nodes_kind_is_InvalidScenario()
    {
        var act = () => SampleGraphs.AiAccelerators.WhatIf(new Scenario { FailedCountries = ["Atlantis"] });

        act.Should().Throw<SupplyGraphException>().Which.Kind.Should().Be(SupplyGraphProblem.InvalidScenario);
    }

    [Fact]
    public void AnalysisLimitException_kind_is_AnalysisLimit()
    {
        new AnalysisLimitException("too much").Kind.Should().Be(SupplyGraphProblem.AnalysisLimit);
        new SupplyGraphException("plain").Kind.Should().Be(SupplyGraphProblem.Other);
    }
}

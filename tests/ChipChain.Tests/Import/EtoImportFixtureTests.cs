using ChipChain.Analysis;
using ChipChain.Import;
using ChipChain.IO;
using ChipChain.Json;
using ChipChain.Model;
using static ChipChain.Tests.Import.EtoImportTestKit;

namespace ChipChain.Tests.Import;

/// <summary>The committed fixture in the dataset's 2022 layout (BOM, CRLF, "57%" shares, negligible column, no alias/year).</summary>
public sealed class EtoImportFixtureTests
{
    private static readonly ImportResult All = EtoImport.Run(EtoDataset.Fixture2022);
    private static readonly ImportResult Any = SupplyGraphFile.ImportEto(EtoDataset.Fixture2022, Requirement.Any);

    [Fact]
    public void Fixture_files_really_have_the_2022_byte_layout()
    {
        var inputs = File.ReadAllBytes(Path.Combine(EtoDataset.Fixture2022, "inputs.csv"));
        var providers = File.ReadAllText(Path.Combine(EtoDataset.Fixture2022, "providers.csv"));

        inputs.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF });
        providers.Should().Contain("\r\n").And.NotContain("alias");
    }

    [Fact]
    public void Run_2022_layout_creates_input_and_organisation_nodes_in_numeric_id_order()
    {
        All.Graph.Nodes.Select(n => n.Id).Should().Equal("N19", "N20", "N21", "N25", "N78", "N99", "P88", "P89", "P159", "P370");
        var asml = All.Graph.GetNode("P88");
        (asml.Name, asml.Country, asml.Kind).Should().Be(("ASML", "NL", "equipment"));
        Attribute(All.Graph, "P88", "etoCountry").GetString().Should().Be("NLD");
        Attribute(All.Graph, "P159", "aliases").EnumerateArray().Select(a => a.GetString()).Should().Equal("Canon Inc.");
        Attribute(All.Graph, "N19", "description").GetString().Should().Be("Tools that print patterns, the \"key\" step\nof fabrication");
        All.Graph.GetNode("N99").Kind.Should().Be("product");
        All.Graph.GetNode("N25").Kind.Should().Be("process");
    }

    [Fact]
    public void Run_2022_percent_strings_become_shares_and_negligible_a_flagged_small_share()
    {
        var arf = Into(All.Graph, "N21").ToDictionary(l => l.Supplier);

        arf.Keys.Should().BeEquivalentTo(["P88", "P89", "P159", "P370"]);
        arf["P88"].Share.Should().Be(0.57);
        arf["P89"].Share.Should().Be(0.40);
        arf["P159"].Share.Should().Be(EtoImport.NegligibleShare);
        arf["P159"].UnknownProperties["attributes"].GetProperty("negligible").GetBoolean().Should().BeTrue();
        arf["P88"].UnknownProperties.Should().NotContainKey("attributes", "the 2022 layout has no year");
        All.Graph.GetNode("N21").Requires.Should().Be(Requirement.Any);
        Attribute(All.Graph, "P370", "placeholder").GetBoolean().Should().BeTrue();
        All.Graph.GetNode("P370").Country.Should().BeNull();
    }

    [Fact]
    public void Run_parent_with_subtypes_keeps_its_own_rows_as_market_shares_not_links()
    {
        var lithography = Into(All.Graph, "N19");

        lithography.Select(l => (l.Supplier, l.Item)).Should().BeEquivalentTo([("N20", "N20"), ("N21", "N21")]);
        Numbers(Attribute(All.Graph, "N19", "marketShares")).Should().Equal(new Dictionary<string, double> { ["P88"] = 0.815, ["P89"] = 0.1 });
        Attribute(All.Graph, "N19", "variousCountriesShare").GetDouble().Should().Be(0.085);
        Numbers(Attribute(All.Graph, "N21", "countryShares")).Should().Equal(new Dictionary<string, double> { ["JP"] = 0.43, ["NL"] = 0.57 });
        Numbers(Attribute(All.Graph, "N25", "stageCountryShares")).Should().Equal(new Dictionary<string, double> { ["US"] = 0.1 });
        All.Graph.GetNode("N19").Requires.Should().Be(Requirement.All);
        Any.Graph.GetNode("N19").Requires.Should().Be(Requirement.Any);
    }

    [Fact]
    public void Run_unknown_provider_and_shares_over_100_percent_are_warnings_with_their_lines()
    {
        var file = Path.Combine(EtoDataset.Fixture2022, "provision.csv");

        All.Warnings.Where(w => w.File == file).Select(w => w.ToString()).Should().Equal(
            $"{file}:3: warning: firm shares of N21 (ArF dry (DUV) lithography tools) add up to 101 % (more than 100 %; accepted, the dataset rounds small shares up)",
            $"{file}:13: warning: provider_id P999 is not in providers.csv; row for N19 skipped");
    }

    [Fact]
    public void Run_placeholder_provider_cannot_fail_and_gets_one_warning_naming_it()
    {
        var providers = Path.Combine(EtoDataset.Fixture2022, "providers.csv");
        var placeholder = All.Graph.GetNode("P370");

        (placeholder.CanFail, placeholder.IsFailureCandidate).Should().Be((false, false));
        All.Graph.Topology.IsCandidate(All.Graph.IndexOf("P370")).Should().BeFalse();
        All.Graph.Nodes.Where(n => n.Id != "P370").Should().OnlyContain(n => n.CanFail == null, "inputs, processes and firms follow their kind");
        All.Warnings.Where(w => w.Message.Contains("P370", StringComparison.Ordinal)).Select(w => w.ToString()).Should().Equal(
            $"{providers}:6: warning: provider P370 'Various companies' stands for many firms, not one; imported with canFail false, so analyses never try it as a failure (it still supplies its markets)");
        SupplyGraphJson.ToJson(All.Graph).Should().Contain("\"canFail\":false");
    }

    [Fact]
    public void Run_structure_nodes_are_inputs_and_processes_that_are_not_failure_candidates()
    {
        var structure = All.Graph.Nodes.Where(n => n.Id.StartsWith('N') && n.Kind != "product").ToList();

        structure.Select(n => n.Kind).Distinct().Should().BeEquivalentTo(["input", "process"]);
        structure.Should().OnlyContain(n => !n.IsFailureCandidate && n.CanFail == null);
        All.Graph.GetNode("P88").IsFailureCandidate.Should().BeTrue();
    }

    [Fact]
    public void Run_subtypes_all_makes_the_sole_euv_supplier_a_single_point_of_failure_and_any_does_not()
    {
        FailureCascade.Run(All.Graph, ["P88"]).Should().Contain("N99");
        SinglePointsOfFailure(All.Graph, "N99").Should().Equal("P88");
        ChipChain.Analysis.SinglePointsOfFailure.Of(All.Graph, "N99").Should().Equal("P88");
        FailureCascade.Run(Any.Graph, ["P88"]).Should().NotContain("N99");
        SinglePointsOfFailure(Any.Graph, "N99").Should().BeEmpty();
    }

    [Fact]
    public void Run_twice_writes_byte_identical_json_that_loads_back_equal()
    {
        var again = EtoImport.Run(EtoDataset.Fixture2022);
        var json = SupplyGraphJson.ToJson(All.Graph);

        SupplyGraphJson.ToJson(again.Graph).Should().Be(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        SupplyGraphJson.ToJson(SupplyGraphJson.Load(stream, "fixture.json")).Should().Be(json);
    }

    [Fact]
    public void Run_requirement_any_is_the_options_form_with_any_subtypes()
    {
        var internalForm = EtoImport.Run(EtoDataset.Fixture2022, new EtoImportOptions { Subtypes = SubtypeRequirement.Any });

        SupplyGraphJson.ToJson(Any.Graph).Should().Be(SupplyGraphJson.ToJson(internalForm.Graph));
        SupplyGraphJson.ToJson(Any.Graph).Should().NotBe(SupplyGraphJson.ToJson(All.Graph), "the requirement changes how subtypes are joined");
    }
}

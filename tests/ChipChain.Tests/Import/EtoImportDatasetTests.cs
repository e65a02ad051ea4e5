using ChipChain.Analysis;
using ChipChain.Import;
using ChipChain.Json;
using ChipChain.Model;
using ChipChain.Tests.Support;
using static ChipChain.Tests.Import.EtoImportTestKit;

namespace ChipChain.Tests.Import;

/// <summary>Facts of the real ETO dataset; skipped with a message when the dataset folder is absent (see <see cref="EtoDataset"/>).</summary>
public sealed class EtoImportDatasetTests
{
    private static readonly Lazy<ImportResult> AllResult = new(() => EtoImport.Run(Dataset()));
    private static readonly Lazy<ImportResult> AnyResult = new(() => EtoImport.Run(Dataset(), new EtoImportOptions { Subtypes = SubtypeRequirement.Any }));

    private static SupplyGraph All => AllResult.Value.Graph;

    [SkippableFact]
    public void Run_dataset_has_126_inputs_and_373_organisation_providers()
    {
        var byType = All.Nodes.GroupBy(n => n.Attributes["etoType"].GetString() == "organization").ToDictionary(g => g.Key, g => g.Count());

        byType[false].Should().Be(126);
        byType[true].Should().Be(373);
        All.Nodes.Where(n => n.Attributes["etoType"].GetString() == "organization").Should().OnlyContain(n => n.Id.StartsWith('P'));
    }

    [SkippableFact]
    public void Run_euv_tools_have_exactly_one_supplier_asml_with_the_whole_market()
    {
        var euv = Into(All, "N20");

        All.GetNode("N20").Name.Should().Be("EUV lithography tools");
        euv.Should().ContainSingle();
        (euv[0].Supplier, euv[0].Share).Should().Be(("P88", 1.0));
        var asml = All.GetNode("P88");
        (asml.Name, asml.Country, asml.Attributes["etoCountry"].GetString()).Should().Be(("ASML", "NL", "NLD"));
    }

    [SkippableFact]
    public void Run_krf_tools_are_split_between_asml_canon_and_nikon()
    {
        var krf = Into(All, "N105").ToDictionary(l => All.GetNode(l.Supplier).Name!, l => l.Share);

        krf.Should().Equal(new Dictionary<string, double?> { ["ASML"] = 0.66, ["Canon"] = 0.31, ["Nikon"] = 0.03 });
        All.GetNode("N105").Requires.Should().Be(Requirement.Any);
    }

    [SkippableFact]
    public void Run_lithography_parent_takes_market_shares_as_attributes_and_its_subtypes_as_links()
    {
        Into(All, "N19").Should().OnlyContain(l => l.Supplier.StartsWith('N'));
        Numbers(Attribute(All, "N19", "marketShares"))["P88"].Should().Be(0.815);
        Numbers(Attribute(All, "N20", "countryShares")).Should().Equal(new Dictionary<string, double> { ["NL"] = 1.0 });
        Attribute(All, "P370", "placeholder").GetBoolean().Should().BeTrue();
        Attribute(All, "P159", "aliases").EnumerateArray().Select(a => a.GetString()).Should().Contain("Canon ANELVA");
    }

    [SkippableFact]
    public void Run_goes_into_chain_from_chip_design_reaches_the_finished_logic_chip()
    {
        All.GetNode("N99").Name.Should().Be("Finished logic chip");
        var goesInto = (Link l) => l.Supplier.StartsWith('N') && All.GetNode(l.Consumer).Kind is "process" or "product";

        Reaches(All, "N0", "N99", goesInto).Should().BeTrue();
        Reaches(All, "N99", "N0", _ => true).Should().BeFalse("the chain runs one way");
    }

    [SkippableFact]
    public void Run_subtypes_all_makes_asml_a_single_point_of_failure_of_the_finished_chip()
    {
        FailureCascade.Run(All, ["P88"]).Should().Contain(["N20", "N19", "N25", "N99"]);
        SinglePointsOfFailure(All, "N99").Should().Contain("P88").And.NotContain("P89", "Nikon shares every market it serves");
        FailureCascade.Run(AnyResult.Value.Graph, ["P88"]).Should().NotContain("N99", "with --subtypes any, DUV tools stand in for EUV");
    }

    [SkippableFact]
    public void Run_finished_logic_chip_has_exactly_four_single_points_of_failure_all_firms()
    {
        var spof = ChipChain.Analysis.SinglePointsOfFailure.Of(All, "N99");

        spof.Select(id => (id, All.GetNode(id).Name)).Should().BeEquivalentTo(
            [("P88", "ASML"), ("P58", "PVA TePla"), ("P81", "Applied Materials"), ("P145", "ASM Pacific")]);
        SinglePointsOfFailure(All, "N99").Should().BeEquivalentTo(spof, "the brute force over failure candidates agrees");
        spof.Should().NotContain("P370", "Various companies stands for many firms and cannot fail");
    }

    [SkippableFact]
    public void Run_dataset_structure_is_inputs_and_processes_and_the_only_placeholder_is_various_companies()
    {
        var structure = All.Nodes.Where(n => n.Attributes["etoType"].GetString() is not ("organization" or "ultimate_output")).ToList();
        var cannotFail = All.Nodes.Where(n => n.CanFail == false).Select(n => n.Id);

        structure.Select(n => n.Kind).Distinct().Should().BeEquivalentTo(["input", "process"]);
        structure.Should().OnlyContain(n => !n.IsFailureCandidate && n.CanFail == null, "structure needs no explicit canFail");
        cannotFail.Should().Equal("P370");
        AllResult.Value.Warnings.Where(w => w.File.EndsWith("providers.csv", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Message.Should().StartWith("provider P370 'Various companies' stands for many firms, not one; imported with canFail false");
    }

    [SkippableFact]
    public void Run_dataset_warns_about_rounded_share_sums_and_drops_no_provision_row_silently()
    {
        var warnings = AllResult.Value.Warnings.Where(w => !w.Message.StartsWith("provider P370 ", StringComparison.Ordinal));

        warnings.Should().NotBeEmpty().And.OnlyContain(w => w.Line > 0 && w.File.EndsWith("provision.csv", StringComparison.Ordinal));
        warnings.Should().Contain(w => w.Message.StartsWith("firm shares of N72 (Bonding tools) add up to 100.2 %", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Run_output_equals_the_committed_graph_and_is_valid()
    {
        var json = SupplyGraphJson.ToJson(All);
        SupplyGraphJson.ToJson(EtoImport.Run(Dataset()).Graph).Should().Be(json, "the import is deterministic");
        var committed = FindCommitted();
        Skip.If(committed is null, "graphs/eto-semiconductors.json not found above the test binaries");

        File.ReadAllText(committed!).Should().Be(json, "graphs/eto-semiconductors.json must be regenerated with the documented command when the mapping changes");
        var read = SupplyGraphJson.Read(committed!, includeWarnings: true);
        read.Graph.Should().NotBeNull();
        read.Diagnostics.Should().OnlyContain(d => d.Severity == ChipChain.Validation.DiagnosticSeverity.Warning);
    }

    private static string Dataset()
    {
        Skip.If(EtoDataset.Directory is null, EtoDataset.SkipMessage);
        return EtoDataset.Directory!;
    }

    private static string? FindCommitted() => File.Exists(RepositoryFiles.Graph("eto-semiconductors.json")) ? RepositoryFiles.Graph("eto-semiconductors.json") : null;
}

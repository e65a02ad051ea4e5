using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests;

/// <summary>
/// The bundled sample must hold the public facts the README and the analyses rely on. Every expected value below
/// was computed by hand from graphs/ai-accelerators.json (shares citing eto-chipexplorer are the ETO figures).
/// </summary>
public sealed class SampleGraphTests
{
    private static readonly SupplyGraph Sample = SampleGraphs.AiAccelerators;

    /// <summary>Suppliers that only serve EUV lithography: none of them may touch a DUV-only fab.</summary>
    public static TheoryData<string> EuvOnlyNodes =>
        ["trumpf", "zeiss-euv-optics", "cymer-euv-source", "asml-euv-line", "euv-tools", "hoya", "agc", "euv-mask-blanks", "euv-photoresist", "euv-mask-inspection-tools"];

    [Theory]
    [InlineData("nvidia-h100", "product")]
    [InlineData("nvidia-b200", "product")]
    [InlineData("amd-mi300x", "product")]
    [InlineData("google-tpu-v5p", "product")]
    [InlineData("apple-m4", "product")]
    [InlineData("cambricon-mlu590", "product")]
    [InlineData("huawei-ascend-910b", "product")]
    [InlineData("nvidia", "designer")]
    [InlineData("broadcom", "designer")]
    [InlineData("huawei-hisilicon", "designer")]
    [InlineData("tsmc", "foundry")]
    [InlineData("smic", "foundry")]
    [InlineData("sk-hynix", "memory")]
    [InlineData("samsung-electronics", "memory")]
    [InlineData("asml", "equipment")]
    [InlineData("carl-zeiss-smt", "equipment")]
    [InlineData("ajinomoto", "materials")]
    [InlineData("asml-euv-line", "process")]
    [InlineData("asml-arfi-line", "process")]
    [InlineData("tsmc-leading-edge", "process")]
    [InlineData("tsmc-cowos", "process")]
    [InlineData("smic-7nm", "process")]
    [InlineData("hbm2e-stock-cn", "input")]
    [InlineData("tsmc-ascend-die-stock", "input")]
    public void GetNode_sample_node_has_expected_kind(string id, string kind)
    {
        Sample.GetNode(id).Kind.Should().Be(kind);
    }

    [Fact]
    public void Sample_is_large_enough_and_every_link_cites_a_declared_source()
    {
        Sample.NodeCount.Should().BeGreaterThanOrEqualTo(100);
        Sample.Links.Count.Should().BeGreaterThanOrEqualTo(250);
        Sample.Metadata.Description.Should().Contain("approximate");
        var declared = Sample.Metadata.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        Sample.Links.Should().OnlyContain(l => l.Source != null && declared.Contains(l.Source));
    }

    [Theory]
    [InlineData("asml-euv-line", "asml")]
    [InlineData("asml-arfi-line", "asml")]
    [InlineData("zeiss-euv-optics", "carl-zeiss-smt")]
    [InlineData("zeiss-duv-optics", "carl-zeiss-smt")]
    [InlineData("cymer-euv-source", "cymer")]
    [InlineData("tsmc-leading-edge", "tsmc")]
    [InlineData("tsmc-cowos", "tsmc")]
    [InlineData("smic-7nm", "smic")]
    [InlineData("sk-hynix-hbm", "sk-hynix")]
    [InlineData("samsung-hbm", "samsung-electronics")]
    public void Links_line_needs_its_firm_and_is_no_failure_candidate(string line, string firm)
    {
        Sample.GetNode(line).IsFailureCandidate.Should().BeFalse();
        Sample.GetNode(firm).IsFailureCandidate.Should().BeTrue();
        Sample.Links.Should().Contain(l => l.Supplier == firm && l.Consumer == line && l.Item == null);
    }

    [Fact]
    public void Links_euv_tools_come_only_from_the_asml_euv_line()
    {
        Sample.Links.Where(l => l.Consumer == "euv-tools").Select(l => l.Supplier).Should().Equal("asml-euv-line");
    }

    [Fact]
    public void Links_euv_line_alone_needs_the_euv_only_suppliers()
    {
        var euvLine = Sample.Links.Where(l => l.Consumer == "asml-euv-line").Select(l => l.Supplier);
        euvLine.Should().BeEquivalentTo(["asml", "zeiss-euv-optics", "trumpf", "cymer-euv-source"]);
        var duvLine = Sample.Links.Where(l => l.Consumer == "asml-arfi-line").Select(l => l.Supplier);
        duvLine.Should().BeEquivalentTo(["asml", "zeiss-duv-optics", "cymer-duv-source", "gigaphoton"]);
    }

    [Theory]
    [InlineData("tsmc-ascend-die-stock")]
    [InlineData("hbm2e-stock-cn")]
    public void Links_stock_is_a_source_that_cannot_fail(string stock)
    {
        Sample.GetNode(stock).IsFailureCandidate.Should().BeFalse();
        Sample.Links.Should().NotContain(l => l.Consumer == stock);
    }

    [Theory]
    [InlineData("asml-arfi-line", "arfi-tools", 0.993)]
    [InlineData("asml-dry-duv-line", "krf-tools", 0.66)]
    [InlineData("disco", "dicing-tools", 0.87)]
    [InlineData("advantest", "test-equipment", 0.655)]
    [InlineData("tokyo-electron", "coater-developer-tools", 0.926)]
    public void Links_share_citing_eto_is_the_dataset_figure(string supplier, string consumer, double share)
    {
        var link = Sample.Links.Single(l => l.Supplier == supplier && l.Consumer == consumer);
        link.Source.Should().Be("eto-chipexplorer");
        link.Share.Should().Be(share);
    }

    [Fact]
    public void Of_h100_single_points_of_failure_are_the_eight_firms()
    {
        var spof = SinglePointsOfFailure.Of(Sample, "nvidia-h100");

        spof.Should().Equal("ajinomoto", "asml", "carl-zeiss-smt", "cymer", "nvidia", "sk-hynix", "trumpf", "tsmc");
        spof.Should().OnlyContain(id => Sample.GetNode(id).IsFailureCandidate);
    }

    [Fact]
    public void Of_ascend_910b_has_no_foundry_or_euv_supplier_as_single_point_of_failure()
    {
        var spof = SinglePointsOfFailure.Of(Sample, "huawei-ascend-910b");

        spof.Should().Contain(["huawei-hisilicon", "ajinomoto"]);
        spof.Should().NotContain(["smic", "tsmc", "asml", "trumpf", "cymer", "carl-zeiss-smt"]);
    }

    [Theory]
    [InlineData("trumpf")]
    [InlineData("zeiss-euv-optics")]
    [InlineData("cymer-euv-source")]
    [InlineData("euv-tools")]
    public void AfterFailure_euv_only_supplier_leaves_smic_and_chinese_products_at_full_level(string failed)
    {
        var level = SupplyLevels.AfterFailure(Sample, [Sample.IndexOf(failed)]);

        foreach (var id in new[] { "smic-7nm", "cambricon-mlu590", "huawei-ascend-910b" })
        {
            level[Sample.IndexOf(id)].Should().BeApproximately(1, 1e-9, id);
        }

        level[Sample.IndexOf("nvidia-h100")].Should().Be(0);
        level[Sample.IndexOf("apple-m4")].Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(EuvOnlyNodes))]
    public void Compute_exposure_of_chinese_products_to_euv_only_suppliers_is_zero(string euvOnly)
    {
        foreach (var target in SampleGraphs.SmicProducts)
        {
            Exposure.Compute(Sample, target).Exposure.Should().NotContain(e => e.Id == euvOnly && e.Value > 1e-9, target);
        }
    }

    [Fact]
    public void AfterFailure_cymer_firm_halves_smic_through_duv_light_sources()
    {
        // Every DUV line takes its light source from Cymer or Gigaphoton, no shares stated: 0.5 each.
        // ArF immersion: 0.993 × 0.5 (ASML) + 0.007 × 0.5 (Nikon) = 0.5; KrF: (0.66 + 0.31 + 0.03) × 0.5 = 0.5.
        var level = SupplyLevels.AfterFailure(Sample, [Sample.IndexOf("cymer")]);

        level[Sample.IndexOf("smic-7nm")].Should().BeApproximately(0.5, 1e-9);
        level[Sample.IndexOf("nvidia-h100")].Should().Be(0);
    }

    [Fact]
    public void AfterFailure_zeiss_leaves_smic_only_nikons_immersion_share()
    {
        // Zeiss stops every ASML line: ArF immersion keeps Nikon's 0.007; the 910B's logic die is SMIC or the TSMC
        // die stock, 0.5 each, so it keeps 0.5 × 0.007 + 0.5 × 1 = 0.5035.
        var level = SupplyLevels.AfterFailure(Sample, [Sample.IndexOf("carl-zeiss-smt")]);

        level[Sample.IndexOf("smic-7nm")].Should().BeApproximately(0.007, 1e-9);
        level[Sample.IndexOf("cambricon-mlu590")].Should().BeApproximately(0.007, 1e-9);
        level[Sample.IndexOf("huawei-ascend-910b")].Should().BeApproximately(0.5035, 1e-9);
    }

    [Fact]
    public void Run_smic_failure_leaves_the_910b_on_tsmc_die_stock()
    {
        var down = FailureCascade.Run(Sample, ["smic"]);

        down.Should().Contain("cambricon-mlu590");
        down.Should().NotContain("huawei-ascend-910b");
        SupplyLevels.AfterFailure(Sample, [Sample.IndexOf("smic")])[Sample.IndexOf("huawei-ascend-910b")].Should().Be(0.5);
    }

    [Fact]
    public void Run_nikon_alone_does_not_stop_the_h100()
    {
        FailureCascade.Run(Sample, ["nikon"]).Should().NotContain("nvidia-h100");
    }

    [Fact]
    public void Run_euv_mask_blanks_need_both_hoya_and_agc_to_fail()
    {
        FailureCascade.Run(Sample, ["hoya"]).Should().NotContain("nvidia-h100");
        FailureCascade.Run(Sample, ["agc"]).Should().NotContain("nvidia-h100");
        FailureCascade.Run(Sample, ["hoya", "agc"]).Should().Contain("nvidia-h100");
    }

    [Fact]
    public void Run_b200_has_a_second_hbm_source()
    {
        FailureCascade.Run(Sample, ["sk-hynix"]).Should().Contain("nvidia-h100").And.NotContain("nvidia-b200");
    }

    [Fact]
    public void Run_hybrid_bonder_makers_together_stop_only_the_mi300x()
    {
        var down = FailureCascade.Run(Sample, ["besi", "asmpt"]);

        down.Should().Contain("amd-mi300x");
        down.Should().NotContain(["nvidia-h100", "nvidia-b200", "apple-m4"]);
    }

    [Fact]
    public void AfterFailure_spruce_pine_quartz_leaves_wafers_at_the_remaining_fifth()
    {
        var level = SupplyLevels.AfterFailure(Sample, [Sample.IndexOf("sibelco-spruce-pine"), Sample.IndexOf("quartz-corp-spruce-pine")]);

        level[Sample.IndexOf("crucible-quartz")].Should().BeApproximately(0.2, 1e-9);
        level[Sample.IndexOf("silicon-wafers")].Should().BeApproximately(0.2, 1e-9);
    }
}

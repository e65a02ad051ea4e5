using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests;

/// <summary>The bundled sample must hold the public facts the README and the analyses rely on.</summary>
public sealed class SampleGraphTests
{
    private static readonly SupplyGraph Sample = SampleGraphs.AiAccelerators;

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
    [InlineData("asml", "equipment")]
    [InlineData("ajinomoto", "materials")]
    public void Sample_has_required_node_with_kind(string id, string kind)
    {
        Sample.GetNode(id).Kind.Should().Be(kind);
    }

    [Fact]
    public void Sample_is_large_enough_and_cites_sources()
    {
        Sample.NodeCount.Should().BeGreaterThanOrEqualTo(60);
        Sample.Links.Count.Should().BeGreaterThanOrEqualTo(150);
        Sample.Metadata.Sources.Should().NotBeEmpty();
        Sample.Metadata.Description.Should().Contain("approximate");
        Sample.Links.Should().OnlyContain(l => l.Source != null);
    }

    [Theory]
    [InlineData("asml")]
    [InlineData("carl-zeiss-smt")]
    [InlineData("tsmc")]
    [InlineData("sk-hynix")]
    [InlineData("ajinomoto")]
    public void Cascade_sole_suppliers_stop_the_h100(string failed)
    {
        FailureCascade.Run(Sample, [failed]).Should().Contain("nvidia-h100");
    }

    [Fact]
    public void Cascade_nikon_alone_does_not_stop_the_h100()
    {
        FailureCascade.Run(Sample, ["nikon"]).Should().NotContain("nvidia-h100");
    }

    [Fact]
    public void Cascade_euv_mask_blanks_need_both_hoya_and_agc_to_fail()
    {
        FailureCascade.Run(Sample, ["hoya"]).Should().NotContain("nvidia-h100");
        FailureCascade.Run(Sample, ["agc"]).Should().NotContain("nvidia-h100");
        FailureCascade.Run(Sample, ["hoya", "agc"]).Should().Contain("nvidia-h100");
    }

    [Fact]
    public void Cascade_smic_products_do_not_use_euv()
    {
        var down = FailureCascade.Run(Sample, ["euv-tools"]);
        down.Should().Contain(["nvidia-h100", "apple-m4"]);
        down.Should().NotContain(["cambricon-mlu590", "huawei-ascend-910b"]);
    }

    [Fact]
    public void Cascade_b200_has_a_second_hbm_source()
    {
        FailureCascade.Run(Sample, ["sk-hynix"]).Should().NotContain("nvidia-b200");
    }
}

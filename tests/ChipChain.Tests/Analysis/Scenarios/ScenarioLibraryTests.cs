using ChipChain.Analysis.Risk;
using System.Text.Json;
using ChipChain.Analysis.Scenarios;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Analysis.Scenarios;

/// <summary>
/// The scenario library of graphs/scenarios run on the sample: each file validates, cites its sources, says what it
/// leaves out, and stops or lowers what a reading of the sample says it must.
/// </summary>
public sealed class ScenarioLibraryTests
{
    public static TheoryData<string> Files() => [.. Directory.GetFiles(RepositoryFiles.Path("graphs", "scenarios"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_library_file_is_valid_cites_sources_states_its_limits_and_runs(string file)
    {
        var path = RepositoryFiles.Path("graphs", "scenarios", file);
        using var document = JsonDocument.Parse(File.ReadAllText(path));

        ScenarioJsonTests.Schema.Value.Evaluate(document.RootElement).IsValid.Should().BeTrue();
        var scenario = ScenarioJson.Load(path);
        scenario.Name.Should().NotBeNullOrWhiteSpace();
        scenario.Description.Should().NotBeNullOrWhiteSpace();
        if (scenario is { FailedNodes.Count: 0, FailedCountries.Count: 0, Cuts.Count: 0, Degradations.Count: 0 })
        {
            // A risk preset: probabilities, each cited, marked as assumptions where they are, and usable by risk.
            scenario.ProbabilityByCountry.Should().NotBeEmpty();
            scenario.Description.Should().Contain("ILLUSTRATIVE ASSUMPTIONS");
            document.RootElement.GetProperty("probabilitySources").EnumerateObject().Should().NotBeEmpty();
            RiskAnalysis.Compute(SampleGraphs.AiAccelerators, "nvidia-h100", RiskProbabilities.From(scenario)).Probability.Should().BeInRange(0.05, 1);
            return;
        }

        if (file != "taiwan-outage.json")
        {
            scenario.Description.Should().Contain("Leaves out");
            document.RootElement.GetProperty("sources").GetArrayLength().Should().BePositive();
        }

        WhatIf.Run(SampleGraphs.AiAccelerators, scenario).Levels.Should().NotBeEmpty();
    }

    [Fact]
    public void Run_us_2022_10_lowers_chinese_fabs_to_what_non_us_process_control_tools_cover()
    {
        var outcome = Run("us-2022-10-advanced-computing.json");

        // Process control is the tightest market: KLA (56.8) and Applied Materials (11.2) of 86.5 stated points.
        var expected = (0.064 + 0.062 + 0.059) / 0.865;
        outcome.StoppedTargets.Should().BeEmpty();
        Level(outcome, "smic-7nm").Should().BeApproximately(expected, 1e-6);
        Level(outcome, "huawei-ascend-910b").Should().BeApproximately(0.5 + (0.5 * expected), 1e-6, "half its dies are TSMC stock");
        outcome.Levels.Select(l => l.Id).Should().NotContain(SampleGraphs.TsmcProducts);
    }

    [Fact]
    public void Run_nl_jp_2023_stops_smic_and_cxmt_lithography_and_the_mlu590_but_not_the_910b_on_tsmc_stock()
    {
        var outcome = Run("nl-jp-2023-lithography.json");

        // ArF immersion came from ASML and Nikon only; both are cut, SMIC's and CXMT's lines need it.
        outcome.StoppedTargets.Should().Equal("cambricon-mlu590");
        outcome.Stopped.Should().Contain(["smic-7nm", "cxmt-dram", "cxmt-hbm"]);
        Level(outcome, "huawei-ascend-910b").Should().Be(0.5);
    }

    [Fact]
    public void Run_us_2024_12_hbm_leaves_the_chinese_products_available_but_at_level_zero()
    {
        var outcome = Run("us-2024-12-hbm.json");

        // CXMT's HBM is an alternative with share 0: available, so nothing stops, but it delivers no volume.
        outcome.StoppedTargets.Should().BeEmpty();
        outcome.FailedStructure.Should().Equal("hbm2e-stock-cn");
        Level(outcome, "cambricon-mlu590").Should().Be(0);
        Level(outcome, "huawei-ascend-910b").Should().Be(0);
    }

    [Fact]
    public void Run_taiwan_blockade_stops_every_tsmc_product()
    {
        Run("taiwan-blockade.json").StoppedTargets.Should().Equal(SampleGraphs.TsmcProducts);
    }

    [Fact]
    public void Run_japan_materials_2019_stops_the_korean_euv_dram_and_every_product_on_korean_hbm_alone()
    {
        var outcome = Run("japan-materials-2019.json");

        // Every EUV resist maker of the sample is Japanese; SK hynix and Samsung DRAM use EUV; Micron's does not.
        outcome.StoppedTargets.Should().Equal("amd-mi300x", "google-tpu-v5p", "nvidia-h100");
        outcome.Stopped.Should().Contain(["sk-hynix-dram", "samsung-dram"]);
        Level(outcome, "nvidia-b200").Should().BeApproximately(0.3, 1e-9, "Micron's 30 % of its HBM3E");
        Level(outcome, "apple-m4").Should().BeApproximately(0.2, 1e-9, "Micron's 20 % of its LPDDR5X");
    }

    [Fact]
    public void Run_spruce_pine_2024_leaves_every_wafer_on_the_other_fifth_of_quartz()
    {
        var outcome = Run("spruce-pine-2024.json");

        outcome.StoppedTargets.Should().BeEmpty();
        Level(outcome, "nvidia-h100").Should().BeApproximately(0.2, 1e-9);
        Level(outcome, "huawei-ascend-910b").Should().BeApproximately(0.6, 1e-9, "half its dies are stock made before");
    }

    [Fact]
    public void Run_neon_2022_halves_every_duv_fab_and_the_products_on_them()
    {
        var outcome = Run("neon-2022.json");

        outcome.StoppedTargets.Should().BeEmpty();
        Level(outcome, "apple-m4").Should().Be(0.5);
        Level(outcome, "huawei-ascend-910b").Should().Be(0.75);
    }

    [Fact]
    public void Run_combined_controls_include_the_three_files_and_stop_both_chinese_products()
    {
        var outcome = Run("us-nl-jp-controls.json");

        // Without the stock the 910B needs CXMT's HBM, whose DRAM line has lost its lithography.
        outcome.StoppedTargets.Should().Equal(SampleGraphs.SmicProducts);
        outcome.CutDeliveries.Should().Be(Run("us-2022-10-advanced-computing.json").CutDeliveries + Run("nl-jp-2023-lithography.json").CutDeliveries);
    }

    private static ScenarioOutcome Run(string file) =>
        WhatIf.Run(SampleGraphs.AiAccelerators, ScenarioJson.Load(RepositoryFiles.Path("graphs", "scenarios", file)));

    private static double Level(ScenarioOutcome outcome, string id) => outcome.Levels.Single(l => l.Id == id).After;
}

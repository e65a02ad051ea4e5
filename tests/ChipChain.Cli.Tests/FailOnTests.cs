using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests;

/// <summary><c>--fail-on</c> turns a finding into exit code 1, so scripts and CI jobs can gate on it.</summary>
public sealed class FailOnTests
{
    [Fact]
    public void Spof_fail_on_spof_with_a_single_point_of_failure_exits_one()
    {
        var result = CliRun.Run("spof", "--target", "nvidia-h100", "--fail-on", "spof");
        result.Exit.Should().Be(1);
        result.Out.Should().Contain("asml");
    }

    [Fact]
    public void Spof_fail_on_spof_without_single_points_of_failure_exits_zero()
    {
        // A source has nothing upstream of it, so nothing but itself can stop it.
        CliRun.Run("spof", RepositoryFiles.Graph("minimal.json"), "--target", "litho-a", "--fail-on", "spof").Exit.Should().Be(0);
    }

    [Fact]
    public void Spof_without_fail_on_exits_zero_even_with_findings()
    {
        CliRun.Run("spof", "--target", "nvidia-h100").Exit.Should().Be(0);
    }

    [Fact]
    public void WhatIf_fail_on_stopped_exits_one_only_when_a_target_stops()
    {
        CliRun.Run("whatif", "--fail", "asml", "--fail-on", "stopped").Exit.Should().Be(1);
        CliRun.Run("whatif", "--fail", "nikon", "--fail-on", "stopped").Exit.Should().Be(0);
    }

    [Fact]
    public void Bottlenecks_fail_on_sole_supplier_exits_one_for_the_h100()
    {
        CliRun.Run("bottlenecks", "--target", "nvidia-h100", "--fail-on", "sole-supplier").Exit.Should().Be(1);
    }

    [Fact]
    public void FailOn_unknown_condition_is_a_one_line_usage_error()
    {
        var result = CliRun.Run("spof", "--fail-on", "maybe");
        result.Exit.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith("chipchain: error: unknown value 'maybe' for --fail-on: expected spof");
    }
}

using ChipChain.Cli.Tests.Support;
using ChipChain.Model;
using ChipChain.Rendering;

namespace ChipChain.Cli.Tests.Commands;

/// <summary>The library's one-call SVG is the picture <c>chipchain render</c> draws, byte for byte.</summary>
public sealed class RenderCommandLibraryTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("nvidia-h100")]
    public void Svg_from_library_equals_render_command_output(string? target)
    {
        using var files = new TempFiles();
        var path = files.PathOf("out.svg");
        string[] args = target is null ? ["render", "-o", path] : ["render", "-o", path, "--target", target, "--view", "critical"];

        var (exit, _, error) = CliRun.Run(args);

        exit.Should().Be(0, error);
        Diagrams.Svg(SampleGraphs.AiAccelerators, target).Should().Be(File.ReadAllText(path));
    }

    [Fact]
    public void Svg_for_h100_paints_asml_as_a_single_point_of_failure()
    {
        var svg = Diagrams.Svg(SampleGraphs.AiAccelerators, "nvidia-h100");

        svg.Should().Contain("ASML").And.Contain("single point of failure");
    }

    [Fact]
    public void Svg_for_unknown_target_throws_unknown_node()
    {
        var draw = () => Diagrams.Svg(SampleGraphs.AiAccelerators, "nvidia-h10");

        draw.Should().Throw<UnknownNodeException>();
    }
}

using PublicApiGenerator;

namespace ChipChain.Rendering.Tests.PublicApi;

/// <summary>
/// The renderers' public surface against the committed <c>ChipChain.Rendering.api.txt</c> (see the library's own
/// snapshot test): a deliberate change regenerates it with <c>CHIPCHAIN_UPDATE_API=1</c>.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_of_renderers_matches_committed_snapshot()
    {
        var api = typeof(Diagrams).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .ReplaceLineEndings("\n");
        var path = RepositoryFiles.Path("tests", "ChipChain.Rendering.Tests", "PublicApi", "ChipChain.Rendering.api.txt");
        if (Environment.GetEnvironmentVariable("CHIPCHAIN_UPDATE_API") == "1")
        {
            File.WriteAllText(path, api);
        }

        api.Should().Be(File.ReadAllText(path), "the public API changes only deliberately (regenerate the snapshot with CHIPCHAIN_UPDATE_API=1)");
    }
}

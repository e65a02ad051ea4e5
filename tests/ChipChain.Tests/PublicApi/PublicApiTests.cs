using ChipChain.Model;
using ChipChain.Tests.Support;
using PublicApiGenerator;

namespace ChipChain.Tests.PublicApi;

/// <summary>
/// The library's public surface, as text, against the committed <c>ChipChain.api.txt</c>: every change to what
/// callers can see shows up in review as a diff of that file. A deliberate change regenerates it with
/// <c>CHIPCHAIN_UPDATE_API=1 dotnet test --filter PublicApiTests</c>.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_of_library_matches_committed_snapshot()
    {
        var api = typeof(SupplyGraph).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .ReplaceLineEndings("\n");
        var path = RepositoryFiles.Path("tests", "ChipChain.Tests", "PublicApi", "ChipChain.api.txt");
        if (Environment.GetEnvironmentVariable("CHIPCHAIN_UPDATE_API") == "1")
        {
            File.WriteAllText(path, api);
        }

        api.Should().Be(File.ReadAllText(path), "the public API changes only deliberately (regenerate the snapshot with CHIPCHAIN_UPDATE_API=1)");
    }
}

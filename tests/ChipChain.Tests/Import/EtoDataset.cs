namespace ChipChain.Tests.Import;

/// <summary>
/// Finds the ETO dataset for the tests that need it. It is not in the repository (CC BY-NC data, shared beside it):
/// the folder <c>shared/data/eto</c> is looked for in every parent of the test binaries and of the working
/// directory (so <c>../shared/data/eto</c> beside a clone is found), or named by <c>CHIPCHAIN_ETO_DIR</c>.
/// </summary>
internal static class EtoDataset
{
    public const string SkipMessage =
        "ETO dataset not found: looked for shared/data/eto/inputs.csv in the parents of the repository (set CHIPCHAIN_ETO_DIR to point at it); the committed 2022-layout fixture still runs";

    private static readonly Lazy<string?> Found = new(Locate);

    /// <summary>The dataset folder, or null when absent.</summary>
    public static string? Directory => Found.Value;

    /// <summary>The committed fixture in the 2022 layout.</summary>
    public static string Fixture2022 => Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", "eto-2022");

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("CHIPCHAIN_ETO_DIR") is { Length: > 0 } configured)
        {
            return File.Exists(Path.Combine(configured, "inputs.csv")) ? configured : null;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", "eto");
                if (File.Exists(Path.Combine(candidate, "inputs.csv")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

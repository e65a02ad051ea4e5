namespace ChipChain.Cli.Tests.Support;

/// <summary>Files of the repository (sample graphs), found by walking up from the test binaries to ChipChain.sln.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ChipChain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChipChain.sln not found above " + AppContext.BaseDirectory);
    }
}

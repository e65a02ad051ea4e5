namespace ChipChain.Cli.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder, so tests run from any checkout.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Graph(string name) => System.IO.Path.Combine(Root, "graphs", name);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "ChipChain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ChipChain.sln not found above " + AppContext.BaseDirectory);
    }
}

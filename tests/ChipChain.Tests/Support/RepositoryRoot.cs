namespace ChipChain.Tests.Support;

/// <summary>Finds files of the repository from a test's output folder: walks up until ChipChain.sln is found.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "ChipChain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ChipChain.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository's root folder.</summary>
    public static string Path => Root.Value;

    /// <summary>A path inside the repository.</summary>
    public static string File(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);
}

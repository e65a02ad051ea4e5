namespace ChipChain.Cli.Tests.Support;

/// <summary>A temporary folder for a test's files, deleted afterwards.</summary>
internal sealed class TempFiles : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("chipchain-cli-test");

    public string Folder => _folder.FullName;

    public string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string PathOf(string name) => Path.Combine(_folder.FullName, name);

    public void Dispose() => _folder.Delete(recursive: true);
}

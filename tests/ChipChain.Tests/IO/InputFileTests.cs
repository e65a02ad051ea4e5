using ChipChain.IO;

namespace ChipChain.Tests.IO;

/// <summary>Bounded reads: the size limit holds for regular files (checked first) and for devices (read up to the limit).</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("chipchain-input");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void ReadAllBytes_at_the_limit_reads_and_one_byte_over_refuses()
    {
        var path = Path.Combine(_folder.FullName, "s.json");
        File.WriteAllBytes(path, new byte[100]);

        InputFile.ReadAllBytes(path, InputKind.Scenario, 100).Should().HaveCount(100);
        var act = () => InputFile.ReadAllBytes(path, InputKind.Scenario, 99);

        act.Should().Throw<InputFileException>().Which.Message.Should().Be($"{path}: larger than the 99 bytes limit for a scenario file (see docs/limits.md)");
    }

    [SkippableFact]
    public void ReadAllBytes_of_an_endless_device_stops_at_the_limit()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero here");

        var act = () => InputFile.ReadAllBytes("/dev/zero", InputKind.CsvTable, 1 << 20);

        act.Should().Throw<InputFileException>().Which.Problem.Should().StartWith("larger than the 1 MiB limit");
    }

    [Fact]
    public void OpenRead_of_a_folder_says_it_is_a_directory()
    {
        var act = () => InputFile.OpenRead(_folder.FullName);

        act.Should().Throw<InputFileException>().Which.Problem.Should().StartWith("is a directory");
    }
}

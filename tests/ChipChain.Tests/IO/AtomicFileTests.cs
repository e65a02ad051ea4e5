using ChipChain.IO;

namespace ChipChain.Tests.IO;

/// <summary>Atomic writes: short temporary names, cancellation and failures leave nothing behind, links and modes are kept.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AtomicFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("chipchain-atomic");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Write_cancelled_during_a_large_write_leaves_no_temporary_file_and_the_target_untouched()
    {
        var target = Path.Combine(_folder.FullName, "out.json");
        File.WriteAllText(target, "old");
        using var cancel = new CancellationTokenSource();
        var chunk = new byte[1 << 16];

        var act = () => AtomicFile.Write(
            target,
            stream =>
            {
                for (var i = 0; i < 10_000; i++)
                {
                    stream.Write(chunk);
                    if (i == 20)
                    {
                        Directory.GetFiles(_folder.FullName, ".cc-*.tmp").Should().ContainSingle("the data goes to a temporary file first");
                        cancel.Cancel();
                    }
                }
            },
            cancel.Token);

        act.Should().Throw<OperationCanceledException>();
        File.ReadAllText(target).Should().Be("old");
        Directory.GetFiles(_folder.FullName).Should().Equal(target);
    }

    [Fact]
    public void Write_failing_in_the_writer_leaves_no_temporary_file()
    {
        var target = Path.Combine(_folder.FullName, "out.json");

        var act = () => AtomicFile.Write(target, _ => throw new InvalidOperationException("boom"));

        act.Should().Throw<InvalidOperationException>();
        Directory.GetFiles(_folder.FullName).Should().BeEmpty();
    }

    [Fact]
    public void Write_uses_a_short_temporary_name_so_a_255_character_target_works()
    {
        var target = Path.Combine(_folder.FullName, new string('x', 250) + ".json");
        string? temporary = null;

        AtomicFile.Write(target, s =>
        {
            temporary = Directory.GetFiles(_folder.FullName).Single();
            s.WriteByte((byte)'1');
        });

        Path.GetFileName(temporary).Should().MatchRegex(@"^\.cc-[0-9a-f]{8}\.tmp$");
        File.ReadAllText(target).Should().Be("1");
    }

    [Fact]
    public void Write_into_a_missing_folder_names_the_target_not_the_temporary_file()
    {
        var target = Path.Combine(_folder.FullName, "missing", "out.json");

        var act = () => AtomicFile.WriteText(target, "x");

        act.Should().Throw<OutputFileException>().Which.Message.Should().Be($"{target}: cannot write: the folder does not exist");
    }

    [SkippableFact]
    public void Write_through_a_symlink_replaces_the_final_target_and_keeps_its_mode()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix links and modes");
        var target = Path.Combine(_folder.FullName, "target.txt");
        File.WriteAllText(target, "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var middle = Path.Combine(_folder.FullName, "middle.txt");
        File.CreateSymbolicLink(middle, target);
        var link = Path.Combine(_folder.FullName, "link.txt");
        File.CreateSymbolicLink(link, middle);

        AtomicFile.WriteText(link, "new");

        File.ReadAllText(target).Should().Be("new");
        new FileInfo(link).LinkTarget.Should().Be(middle);
        File.GetUnixFileMode(target).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}

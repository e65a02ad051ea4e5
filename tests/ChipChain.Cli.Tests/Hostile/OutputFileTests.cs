using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Hostile;

/// <summary>Rows 9, 10, 12 and 17: every command that writes a file refuses to overwrite its input, writes through links, keeps modes, fits long names and names the user's path on failure.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutputFileTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>Each writing command, given its input file and output path.</summary>
    public static TheoryData<string> Writers => ["export", "render", "import-csv", "import-eto", "generate"];

    [Theory]
    [InlineData("export")]
    [InlineData("render")]
    [InlineData("import-csv")]
    [InlineData("import-eto")]
    public void Writer_with_output_equal_to_its_input_is_refused_and_the_input_kept(string writer)
    {
        var input = Input(writer);
        var before = File.ReadAllBytes(input);

        var result = Write(writer, input, input);

        Refused(result, "is the input file");
        File.ReadAllBytes(input).Should().Equal(before);
    }

    [SkippableTheory]
    [InlineData("export")]
    [InlineData("render")]
    [InlineData("import-csv")]
    public void Writer_with_output_linking_to_its_input_is_refused(string writer)
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic and hard links as on Unix");
        var input = Input(writer);
        var symbolic = _files.PathOf("sub-link" + Path.GetExtension(input));
        File.CreateSymbolicLink(symbolic, input);
        var hard = _files.PathOf("hard" + Path.GetExtension(input));
        using (var ln = System.Diagnostics.Process.Start("ln", [input, hard]))
        {
            ln.WaitForExit();
        }

        Refused(Write(writer, input, symbolic), "is the input file");
        Refused(Write(writer, input, hard), "is the input file");
        Refused(Write(writer, input, Path.Combine(_files.Folder, ".", "x", "..", Path.GetFileName(input))), "is the input file");
    }

    [SkippableTheory]
    [MemberData(nameof(Writers))]
    public void Writer_through_a_symlink_replaces_its_target_and_keeps_the_link_and_mode(string writer)
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix modes and links");
        var input = Input(writer);
        var target = _files.PathOf("real-output" + Extension(writer));
        File.WriteAllText(target, "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var link = _files.PathOf("link-output" + Extension(writer));
        File.CreateSymbolicLink(link, target);

        var result = Write(writer, input, link);

        result.Exit.Should().Be(0, result.Error);
        new FileInfo(link).LinkTarget.Should().Be(target, "the link stays a link");
        File.ReadAllText(target).Should().NotBe("old");
        File.GetUnixFileMode(target).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        TempFilesIn(_files.Folder).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Writer_with_a_244_character_file_name_writes_it(string writer)
    {
        var input = Input(writer);
        var ext = Extension(writer);
        var output = _files.PathOf(new string('n', 244 - ext.Length) + ext);

        var result = Write(writer, input, output);

        result.Exit.Should().Be(0, result.Error);
        File.Exists(output).Should().BeTrue();
        TempFilesIn(_files.Folder).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Writer_into_a_missing_folder_names_the_output_in_one_line(string writer)
    {
        var output = Path.Combine(_files.Folder, "no-such-folder", "out" + Extension(writer));

        var result = Write(writer, Input(writer), output);

        Refused(result, "no-such-folder/out");
        result.Error.Should().Contain("the folder does not exist").And.NotContain(".tmp");
    }

    [SkippableTheory]
    [MemberData(nameof(Writers))]
    public void Writer_into_a_read_only_folder_says_permission_denied(string writer)
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix permissions");
        var input = Input(writer);
        var folder = Directory.CreateDirectory(_files.PathOf("read-only")).FullName;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            Skip.If(CanCreateIn(folder), "permissions are not enforced for this user (root)");
            var result = Write(writer, input, Path.Combine(folder, "out" + Extension(writer)));
            Refused(result, "read-only/out");
            result.Error.Should().Contain("permission denied").And.NotContain(".tmp");
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Writers))]
    public void Writer_onto_a_full_device_says_no_space_and_leaves_the_device(string writer)
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/dev/full"), "needs /dev/full");
        var link = _files.PathOf("full" + Extension(writer));
        File.CreateSymbolicLink(link, "/dev/full");

        var result = Write(writer, Input(writer), link);

        Refused(result, "full" + Extension(writer) + ": cannot write: no space left on device");
        File.ResolveLinkTarget("/dev/full", false).Should().BeNull();
        new FileInfo("/dev/full").Length.Should().Be(0, "/dev/full stays a device");
    }

    private string Input(string writer) => writer switch
    {
        "import-csv" => _files.Write("edges.csv", "supplier,consumer\na,b\n"),
        "import-eto" => WriteEto(),
        "generate" => string.Empty,
        _ => _files.Write("graph.json", File.ReadAllText(RepositoryFiles.Graph("ai-accelerators.json"))),
    };

    private string WriteEto()
    {
        _files.Write("providers.csv", "provider_id,provider_name,provider_type,country\nP1,Firm,organization,US\n");
        _files.Write("provision.csv", "provider_id,provided_id,share_provided\nP1,N1,100\n");
        _files.Write("sequence.csv", "input_id,goes_into_id,is_type_of_id\nN1,,\n");
        return _files.Write("inputs.csv", "input_id,input_name,type\nN1,Thing,tool_resource\n");
    }

    private static string Extension(string writer) => writer switch
    {
        "render" => ".dot",
        "export" => ".graphml",
        _ => ".json",
    };

    private CliResult Write(string writer, string input, string output) => writer switch
    {
        "export" => CliRun.Run("export", input, "--format", "graphml", "-o", output),
        "render" => CliRun.Run("render", input, "-o", output, "--format", "dot"),
        "import-csv" => CliRun.Run("import", "csv", input, "-o", output),
        "import-eto" => CliRun.Run("import", "eto", Path.GetDirectoryName(input)!, "-o", output),
        _ => CliRun.Run("generate", "--nodes", "20", "-o", output),
    };

    private static void Refused(CliResult result, string expected)
    {
        result.Exit.Should().Be(2, result.Error);
        // The ETO import reports its warnings (one line each) before it writes; the failure itself is one line.
        result.ErrorLines.Where(l => !l.Contains(": warning: ", StringComparison.Ordinal)).Should().ContainSingle().Which.Should().Contain(expected);
    }

    private static string[] TempFilesIn(string folder) => Directory.GetFiles(folder, ".cc-*", SearchOption.AllDirectories);

    private static bool CanCreateIn(string folder)
    {
        try
        {
            File.WriteAllText(Path.Combine(folder, "probe"), string.Empty);
            File.Delete(Path.Combine(folder, "probe"));
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

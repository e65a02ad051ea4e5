using ChipChain.Cli.Tests.Support;
using ChipChain.IO;

namespace ChipChain.Cli.Tests.Hostile;

/// <summary>Rows 3, 18 and 19: huge, endless, misplaced and malformed input files are refused with one line, exit 2, quickly.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class InputFileTests : IDisposable
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(20);
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string, string> Readers => new()
    {
        { "scenario", "scenario file" },
        { "csv", "CSV table" },
        { "eto", "CSV table" },
        { "graph", string.Empty },
    };

    [SkippableTheory]
    [MemberData(nameof(Readers))]
    public void Reader_given_dev_zero_is_refused_in_one_line(string reader, string limit)
    {
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero here");
        var path = "/dev/zero";
        if (reader == "eto")
        {
            File.CreateSymbolicLink(_files.PathOf("inputs.csv"), path);
            path = _files.Folder;
        }

        var started = DateTime.UtcNow;
        var result = Read(reader, path);

        ExpectRefusal(result, limit.Length > 0 ? $"limit for a {limit}" : "/dev/zero");
        (DateTime.UtcNow - started).Should().BeLessThan(Quick);
    }

    [SkippableTheory]
    [MemberData(nameof(Readers))]
    public void Reader_given_a_3_GB_sparse_file_is_refused_before_reading(string reader, string limit)
    {
        var path = reader == "eto" ? _files.PathOf("inputs.csv") : _files.PathOf("huge.bin");
        using (var stream = File.Create(path))
        {
            stream.SetLength(3L << 30);
        }

        var started = DateTime.UtcNow;
        var result = Read(reader, reader == "eto" ? _files.Folder : path);

        ExpectRefusal(result, limit.Length > 0 ? $"limit for a {limit}" : "huge.bin");
        (DateTime.UtcNow - started).Should().BeLessThan(Quick);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Reader_given_a_folder_says_it_is_a_directory(string reader, string limit)
    {
        _ = limit;
        Directory.CreateDirectory(_files.PathOf("inputs.csv"));
        var target = reader == "eto" ? _files.Folder : _files.PathOf("inputs.csv");

        ExpectRefusal(Read(reader, target), "is a directory");
    }

    [SkippableTheory]
    [MemberData(nameof(Readers))]
    public void Reader_given_a_file_in_an_unreadable_folder_says_permission_denied(string reader, string limit)
    {
        _ = limit;
        Skip.If(OperatingSystem.IsWindows(), "Unix permissions");
        var folder = Directory.CreateDirectory(_files.PathOf("locked")).FullName;
        var file = Path.Combine(folder, "inputs.csv");
        File.WriteAllText(file, "supplier,consumer\na,b\n");
        File.SetUnixFileMode(folder, UnixFileMode.None);
        try
        {
            Skip.If(CanList(folder), "permissions are not enforced for this user (root)");
            ExpectRefusal(Read(reader, reader == "eto" ? folder : file), "permission denied");
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Whatif_scenario_with_a_byte_order_mark_is_accepted()
    {
        var path = _files.PathOf("bom.json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "{\"fail\": [\"tsmc\"]}"u8.ToArray()]);

        var result = CliRun.Run("whatif", "--scenario", path);

        result.Exit.Should().Be(0, result.Error);
        result.Out.Should().Contain("fail tsmc");
    }

    [Theory]
    [InlineData("", "1:1: the scenario is empty")]
    [InlineData("  \n  ", "2:3: the scenario is empty")]
    [InlineData("[]", "1:1: expected a scenario object ('{' ... '}'), found an array")]
    [InlineData("\n  \"fail\"", "2:3: expected a scenario object ('{' ... '}'), found a string")]
    [InlineData("null", "1:1: expected a scenario object ('{' ... '}'), found null")]
    [InlineData("{\"cut\": [null]}", "1:10: expected an object, found null (at $.cut[0])")]
    [InlineData("{\"degrade\": [{\"id\": null, \"level\": 0.5}]}", "1:21: expected a string, found null (at $.degrade[0].id)")]
    [InlineData("{\"fail\": [\"tsmc\",, \"asml\"]}", "1:18: malformed JSON: expected a value, found ',' (at $.fail)")]
    public void Whatif_malformed_scenario_gives_its_own_message_with_position(string content, string expected)
    {
        var path = _files.Write("s.json", content);

        ExpectRefusal(CliRun.Run("whatif", "--scenario", path), "s.json:" + expected);
    }

    [Fact]
    public void Whatif_missing_scenario_says_file_not_found()
    {
        ExpectRefusal(CliRun.Run("whatif", "--scenario", _files.PathOf("none.json")), "none.json: file not found");
    }

    private CliResult Read(string reader, string path) => reader switch
    {
        "scenario" => CliRun.Run("whatif", "--scenario", path),
        "csv" => CliRun.Run("import", "csv", path, "-o", _files.PathOf("out.json")),
        "eto" => CliRun.Run("import", "eto", path, "-o", _files.PathOf("out.json")),
        _ => CliRun.Run("summary", path),
    };

    private static void ExpectRefusal(CliResult result, string expected)
    {
        result.Exit.Should().Be(2, result.Error);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain(expected).And.StartWith("chipchain: error: ");
        result.Error.Length.Should().BeLessThanOrEqualTo(DisplayText.MaximumLineLength + 1);
    }

    private static bool CanList(string folder)
    {
        try
        {
            _ = Directory.GetFiles(folder);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

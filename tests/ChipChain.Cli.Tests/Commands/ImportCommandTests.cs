using static ChipChain.Cli.Tests.Support.CliRun;

namespace ChipChain.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("chipchain-import-");

    public void Dispose() => _dir.Delete(true);

    [Fact]
    public void Import_eto_writes_the_graph_and_one_warning_line_each_with_file_and_line()
    {
        var output = Path.Combine(_dir.FullName, "eto.json");

        var (code, stdout, stderr) = Run("import", "eto", Fixture(), "-o", output, "--subtypes", "any");

        code.Should().Be(0);
        stdout.Should().Be($"{output}: wrote 10 nodes, 10 links; 3 warning(s)\n");
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"{Path.Combine(Fixture(), "providers.csv")}:6: warning: provider P370 'Various companies' stands for many firms, not one; imported with canFail false, so analyses never try it as a failure (it still supplies its markets)",
            $"{Path.Combine(Fixture(), "provision.csv")}:3: warning: firm shares of N21 (ArF dry (DUV) lithography tools) add up to 101 % (more than 100 %; accepted, the dataset rounds small shares up)",
            $"{Path.Combine(Fixture(), "provision.csv")}:13: warning: provider_id P999 is not in providers.csv; row for N19 skipped");
        File.ReadAllText(output).Should().Contain("\"id\":\"N19\",\"name\":\"Lithography tools\",\"kind\":\"input\",\"requires\":\"any\"");
        Run("validate", output).Exit.Should().Be(0);
    }

    [Fact]
    public void Import_eto_twice_gives_byte_identical_files()
    {
        var first = Path.Combine(_dir.FullName, "a.json");
        var second = Path.Combine(_dir.FullName, "b.json");

        Run("import", "eto", Fixture(), "-o", first).Exit.Should().Be(0);
        Run("import", "eto", Fixture(), "--output", second).Exit.Should().Be(0);

        File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
    }

    [Fact]
    public void Import_csv_converts_an_edge_list()
    {
        var csv = Path.Combine(_dir.FullName, "edges.csv");
        File.WriteAllText(csv, "supplier,consumer,item,share\nasml,tsmc,euv,1\n");
        var output = Path.Combine(_dir.FullName, "edges.json");

        var (code, stdout, _) = Run("import", "csv", csv, "-o", output);

        code.Should().Be(0);
        stdout.Should().Be($"{output}: wrote 2 nodes, 1 links; 0 warning(s)\n");
        File.ReadAllText(output).Should().Contain("{\"supplier\":\"asml\",\"consumer\":\"tsmc\",\"item\":\"euv\",\"share\":1}");
    }

    [Theory]
    [InlineData("import", "eto", "FIXTURE")]
    [InlineData("import", "eto", "FIXTURE", "-o", "OUT", "--subtypes", "some")]
    [InlineData("import", "eto", "MISSING", "-o", "OUT")]
    [InlineData("import", "csv", "MISSING", "-o", "OUT")]
    public void Import_bad_usage_or_input_is_one_error_line_and_exit_2_without_output(params string[] args)
    {
        var output = Path.Combine(_dir.FullName, "out.json");
        var resolved = args.Select(a => a switch
        {
            "FIXTURE" => Fixture(),
            "MISSING" => Path.Combine(_dir.FullName, "missing"),
            "OUT" => output,
            _ => a,
        }).ToArray();

        var (code, stdout, stderr) = Run(resolved);

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("chipchain: error: ").And.EndWith("\n");
        stderr.TrimEnd('\n').Should().NotContain("\n");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Import_malformed_csv_names_file_and_line()
    {
        var csv = Path.Combine(_dir.FullName, "bad.csv");
        File.WriteAllText(csv, "supplier,consumer\na,\"b\n");

        var (code, _, stderr) = Run("import", "csv", csv, "-o", Path.Combine(_dir.FullName, "x.json"));

        code.Should().Be(2);
        stderr.Should().Be($"chipchain: error: {csv}:2: a quoted field is never closed (missing '\"')\n");
    }

    /// <summary>The 2022-layout fixture committed with the library tests.</summary>
    private static string Fixture() => RepositoryFiles.Path("tests", "ChipChain.Tests", "Import", "Fixtures", "eto-2022");
}

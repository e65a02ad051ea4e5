using ChipChain.Cli.Tests.Support;
using ChipChain.IO;

namespace ChipChain.Cli.Tests.Hostile;

/// <summary>Rows 20 and 21, and the one-line rule: usage errors name the right command, '@' is never a response file, long values are cut.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Import_with_an_unknown_kind_names_the_kinds_and_the_import_help()
    {
        var result = CliRun.Run("import", "xls", "data.xls", "-o", "out.json");

        result.Exit.Should().Be(2);
        result.Error.Should().Be("chipchain: error: unknown kind 'xls' for 'chipchain import': expected eto or csv (see 'chipchain import --help')\n");
    }

    [Fact]
    public void Import_without_a_kind_names_the_kinds()
    {
        var result = CliRun.Run("import");

        result.Exit.Should().Be(2);
        result.Error.Should().Be("chipchain: error: 'chipchain import' needs a kind: eto or csv (see 'chipchain import --help')\n");
    }

    [Fact]
    public void Import_eto_with_a_bad_option_points_at_the_full_command_help()
    {
        var result = CliRun.Run("import", "eto", _files.Folder, "-o", "out.json", "--subtypes", "some");

        result.Exit.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().EndWith("(see 'chipchain import eto --help')");
    }

    [Fact]
    public void Argument_starting_with_at_is_a_value_not_a_response_file()
    {
        var secret = _files.Write("secret.txt", "--target\nTOP-SECRET-CONTENT\n");

        var asFile = CliRun.Run("spof", "@" + secret);
        var asId = CliRun.Run("spof", "--target", "@" + secret);

        asFile.Exit.Should().Be(2);
        asFile.Error.Should().NotContain("TOP-SECRET-CONTENT").And.Contain("file not found");
        asId.Exit.Should().Be(2);
        asId.Error.Should().NotContain("TOP-SECRET-CONTENT").And.Contain("unknown node id '@");
    }

    [Theory]
    [InlineData("spof", "--target")]
    [InlineData("whatif", "--fail")]
    [InlineData("summary", null)]
    [InlineData("render", "--upstream-of")]
    public void Error_with_a_huge_value_is_one_line_of_at_most_300_characters(string command, string? option)
    {
        var huge = string.Concat(Enumerable.Repeat("very-long\nvalue-", 2_000));
        string[] args = option is null ? [command, huge] : [command, option, huge, .. command == "render" ? new[] { "-o", _files.PathOf("x.svg") } : []];

        var result = CliRun.Run(args);

        result.Exit.Should().Be(2);
        result.ErrorLines.Should().ContainSingle();
        result.Error.TrimEnd('\n').Length.Should().BeLessThanOrEqualTo(DisplayText.MaximumLineLength);
        result.Error.Should().Contain("…");
    }
}

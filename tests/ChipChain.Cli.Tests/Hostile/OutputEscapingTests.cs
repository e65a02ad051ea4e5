using System.Text.RegularExpressions;
using ChipChain.Cli.Tests.Support;
using ChipChain.Import;

namespace ChipChain.Cli.Tests.Hostile;

/// <summary>Row 13 and 14: ids with control characters, markup and delimiters stay distinct and inert in Markdown, CSV, DOT and Mermaid.</summary>
public sealed partial class OutputEscapingTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Spof_markdown_with_hostile_ids_keeps_one_row_per_id_and_no_raw_html()
    {
        var graph = HostileGraphs.Write(_files.PathOf("hostile.json"));

        var result = CliRun.Run("spof", graph, "--target", HostileGraphs.Product, "--format", "markdown");

        result.Exit.Should().Be(0, result.Error);
        result.Out.Should().NotContain("<b>").And.NotContain("\r");
        var rows = result.Out.Split('\n').Where(l => l.StartsWith('|')).ToList();
        var columns = UnescapedPipes(rows[0]);
        rows.Should().OnlyContain(r => UnescapedPipes(r) == columns, "a delimiter or line break in an id must not split a row");
        var cells = rows.Skip(2).Select(r => r.Split(" | ")[0]).ToList();
        cells.Should().OnlyHaveUniqueItems("escaping is one-to-one");
        cells.Count(c => c.StartsWith("| p", StringComparison.Ordinal)).Should().Be(4, "'p q', 'p\\nq', 'p\\tq' and 'p\\rq' are four rows");
    }

    [Fact]
    public void Spof_csv_with_hostile_ids_reads_back_to_the_same_ids()
    {
        var graph = HostileGraphs.Write(_files.PathOf("hostile.json"));

        var result = CliRun.Run("spof", graph, "--target", HostileGraphs.Product, "--format", "csv");

        result.Exit.Should().Be(0, result.Error);
        var table = CsvReader.Read(new StringReader(result.Out), "spof.csv");
        var idColumn = table.Columns.Single(c => c == "id");
        var targetColumn = table.Columns.Single(c => c == "target");
        var ids = table.Rows.Select(r => r.Get(idColumn)).Concat(table.Rows.Select(r => r.Get(targetColumn))).ToHashSet();
        // The reader turns a quoted CR into LF (so that CRLF and LF files read alike); every other id comes back as it was.
        foreach (var id in HostileGraphs.SupplierIds.Where(i => !i.Contains('\r')))
        {
            ids.Should().Contain(id);
        }

        result.Out.Should().Contain("\"p\rq\"", "a field with a CR is quoted");
    }

    [Fact]
    public void Render_dot_with_ids_differing_by_control_characters_keeps_every_node()
    {
        var graph = HostileGraphs.Write(_files.PathOf("hostile.json"));
        var output = _files.PathOf("hostile.dot");

        var result = CliRun.Run("render", graph, "-o", output);

        result.Exit.Should().Be(0, result.Error);
        var nodeIds = NodeLine().Matches(File.ReadAllText(output)).Select(m => m.Groups[1].Value).ToList();
        nodeIds.Should().HaveCount(HostileGraphs.SupplierIds.Length + 1).And.OnlyHaveUniqueItems();
        File.ReadAllText(output).Should().NotContain("\r").And.NotContain("p\nq");
    }

    [Fact]
    public void Render_mermaid_with_hostile_ids_keeps_every_node_distinct()
    {
        var graph = HostileGraphs.Write(_files.PathOf("hostile.json"));
        var output = _files.PathOf("hostile.mmd");

        var result = CliRun.Run("render", graph, "-o", output);

        result.Exit.Should().Be(0, result.Error);
        // Node ids all start with "n_"; the legend's boxes are "legend_0", "legend_1", ….
        var ids = File.ReadAllLines(output).Where(l => l.Contains("[\"", StringComparison.Ordinal) && l.TrimStart().StartsWith("n_", StringComparison.Ordinal)).Select(l => l.Trim().Split('[')[0]).ToList();
        ids.Should().HaveCount(HostileGraphs.SupplierIds.Length + 1).And.OnlyHaveUniqueItems();
    }

    private static int UnescapedPipes(string row) => Regex.Matches(row, @"(?<!\\)(\\\\)*\|").Count;

    [GeneratedRegex("^\\s+(\"(?:[^\"\\\\]|\\\\.)*\") \\[label=", RegexOptions.Multiline)]
    private static partial Regex NodeLine();
}

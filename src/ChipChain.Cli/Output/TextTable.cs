using System.Text;

namespace ChipChain.Cli.Output;

/// <summary>A table of strings that renders as aligned text, a Markdown table or CSV, so every command's tabular output reads the same.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table. A header ending in <c>&gt;</c> is right-aligned (the marker is not shown).</summary>
    public TextTable(params string[] headers)
    {
        _rightAligned = headers.Select(h => h.EndsWith('>')).ToArray();
        _headers = headers.Select(h => h.TrimEnd('>')).ToArray();
    }

    public int RowCount => _rows.Count;

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    public void Write(TextWriter writer, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                WriteCsv(writer);
                break;
            case OutputFormat.Markdown:
                WriteMarkdown(writer);
                break;
            default:
                WriteText(writer);
                break;
        }
    }

    private void WriteText(TextWriter writer)
    {
        var widths = new int[_headers.Length];
        for (var c = 0; c < widths.Length; c++)
        {
            widths[c] = Math.Max(_headers[c].Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[c].Length));
        }

        WriteTextRow(writer, _headers, widths);
        WriteTextRow(writer, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in _rows)
        {
            WriteTextRow(writer, row, widths);
        }
    }

    private void WriteTextRow(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                line.Append("  ");
            }

            line.Append(_rightAligned[c] ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]));
        }

        writer.Write(line.ToString().TrimEnd());
        writer.Write('\n');
    }

    private void WriteMarkdown(TextWriter writer)
    {
        writer.Write("| " + string.Join(" | ", _headers.Select(EscapeMarkdown)) + " |\n");
        writer.Write("|" + string.Join("|", _rightAligned.Select(r => r ? "---:" : "---")) + "|\n");
        foreach (var row in _rows)
        {
            writer.Write("| " + string.Join(" | ", row.Select(EscapeMarkdown)) + " |\n");
        }
    }

    private void WriteCsv(TextWriter writer)
    {
        writer.Write(string.Join(",", _headers.Select(EscapeCsv)) + "\n");
        foreach (var row in _rows)
        {
            writer.Write(string.Join(",", row.Select(EscapeCsv)) + "\n");
        }
    }

    public static string EscapeMarkdown(string cell) => MarkdownText.Escape(cell);

    /// <summary>RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled; every other field as it is.</summary>
    public static string EscapeCsv(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}

using System.Text;
using ChipChain.Import;
using CsCheck;

namespace ChipChain.Tests.Import;

public sealed class CsvReaderPropertyTests
{
    // Values rich in the characters that need quoting; blank-only rows are avoided because blank lines are skipped.
    private static readonly Gen<string> Value = Gen.String[Gen.Char["ab ,\"\n\r\té;"], 0, 8];

    [Fact]
    public void Read_of_a_written_table_gives_back_every_value()
    {
        var gen = from columns in Gen.Int[1, 4]
                  from rows in Value.Array[columns].Array[0, 6]
                  from crlf in Gen.Bool
                  from bom in Gen.Bool
                  select (columns, rows, crlf, bom);
        gen.Sample(t =>
        {
            var (columns, rows, crlf, bom) = t;
            var header = Enumerable.Range(0, columns).Select(i => $"c{i}").ToArray();
            var eol = crlf ? "\r\n" : "\n";
            var text = new StringBuilder(bom ? "\uFEFF" : string.Empty);
            foreach (var record in rows.Prepend(header))
            {
                text.Append(string.Join(',', record.Select(Quote))).Append(eol);
            }

            var table = CsvReader.Read(new StringReader(text.ToString()), "p.csv");

            table.Columns.Should().Equal(header);
            table.Rows.Should().HaveCount(rows.Length);
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    // Inside quotes CRLF and CR become LF.
                    table.Rows[r][header[c]].Should().Be(rows[r][c].Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
                }
            }
        }, iter: 500);
    }

    /// <summary>Always quoted, so that an empty single-column record is not a blank line.</summary>
    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

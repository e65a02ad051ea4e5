using System.Text;
using ChipChain.Import;

namespace ChipChain.Tests.Import;

public sealed partial class CsvReaderTests
{
    private static CsvTable Read(string text) => CsvReader.Read(new StringReader(text), "t.csv");

    [Fact]
    public void Read_quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var table = Read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n");

        table.Rows.Should().ContainSingle();
        var row = table.Rows[0];
        row["a"].Should().Be("x, y");
        row["b"].Should().Be("say \"hi\"");
        row["c"].Should().Be("two\nlines");
    }

    [Fact]
    public void Read_record_after_a_multi_line_field_reports_its_own_start_line()
    {
        var table = Read("id,text\n1,\"one\ntwo\nthree\"\n2,plain\n");

        table.Rows.Select(r => r.Line).Should().Equal(2, 5);
    }

    [Fact]
    public void Read_crlf_lf_and_cr_line_ends_give_the_same_values()
    {
        var lf = Read("a,b\n1,\"x\ny\"\n2,z\n");
        var crlf = Read("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n");
        var cr = Read("a,b\r1,\"x\ry\"\r2,z");

        foreach (var table in new[] { crlf, cr })
        {
            table.Rows.Select(r => (r["a"], r["b"], r.Line)).Should().Equal(lf.Rows.Select(r => (r["a"], r["b"], r.Line)));
        }

        lf.Rows[0]["b"].Should().Be("x\ny");
    }

    [Fact]
    public void Read_byte_order_mark_is_not_part_of_the_first_column_name()
    {
        Read("\uFEFFid,name\n1,x\n").HasColumn("id").Should().BeTrue();
    }

    [Fact]
    public void ReadFile_utf8_with_and_without_bom_reads_the_same()
    {
        var dir = Directory.CreateTempSubdirectory("chipchain-csv-");
        try
        {
            var with = Path.Combine(dir.FullName, "with.csv");
            var without = Path.Combine(dir.FullName, "without.csv");
            File.WriteAllText(with, "id,name\r\nP1,Société\r\n", new UTF8Encoding(true));
            File.WriteAllText(without, "id,name\nP1,Société\n", new UTF8Encoding(false));
            File.ReadAllBytes(with)[0].Should().Be(0xEF, "the first file must really carry a byte-order mark");

            foreach (var path in new[] { with, without })
            {
                var table = CsvReader.ReadFile(path);
                table.Columns.Should().Equal("id", "name");
                table.Rows[0]["name"].Should().Be("Société");
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Read_columns_in_another_order_and_extra_columns_are_found_by_name()
    {
        var table = Read("extra,name,ID\nignored,ASML,P88\n");

        table.Rows[0]["id"].Should().Be("P88", "column names compare case-insensitively");
        table.Rows[0]["name"].Should().Be("ASML");
    }

    [Fact]
    public void Read_missing_column_is_null_and_Require_names_it_with_the_header_line()
    {
        var table = Read("name\nASML\n");

        table.Rows[0]["id"].Should().BeNull();
        table.Rows[0].Get("id").Should().BeEmpty();
        var act = () => table.Require("name", "id");
        act.Should().Throw<ImportException>().Which.Message.Should().Be("t.csv:1: missing column 'id' (found: name)");
    }

    [Fact]
    public void Read_blank_lines_are_skipped_and_values_are_raw()
    {
        var table = Read("a,b\n\n 1 , x \n\r\n2,\n");

        table.Rows.Should().HaveCount(2);
        table.Rows[0]["a"].Should().Be(" 1 ");
        table.Rows[0].Get("a").Should().Be("1");
        table.Rows[1].GetOrNull("b").Should().BeNull();
        table.Rows[1].Line.Should().Be(5);
    }
}

using System.Text;
using ChipChain.Import;

namespace ChipChain.Tests.Import;

public sealed partial class CsvReaderTests
{
    [Theory]
    [InlineData("a,b\n1,\"never closed\n2,3\n", 2, "a quoted field is never closed")]
    [InlineData("a,b\n1,2\n3,\"x\"y\n", 3, "unexpected 'y' after a closing quote")]
    [InlineData("a,b\n1,2\n3\n", 3, "1 field(s), but the header has 2 column(s)")]
    [InlineData("a,b\n1,\"x\ny\",9\n", 2, "3 field(s), but the header has 2 column(s)")]
    [InlineData("a,A\n1,2\n", 1, "column 'A' appears twice")]
    public void Read_malformed_text_throws_with_file_and_line(string text, int line, string problem)
    {
        var act = () => Read(text);

        var error = act.Should().Throw<ImportException>().Which;
        error.Line.Should().Be(line);
        error.File.Should().Be("t.csv");
        error.Message.Should().StartWith($"t.csv:{line}: ").And.Contain(problem);
    }

    [Fact]
    public void Read_empty_text_throws()
    {
        var act = () => Read("\n\n");

        act.Should().Throw<ImportException>().WithMessage("t.csv: the file is empty*");
    }

    [Fact]
    public void ReadFile_missing_or_not_utf8_throws_ImportException()
    {
        var dir = Directory.CreateTempSubdirectory("chipchain-csv-");
        try
        {
            var latin1 = Path.Combine(dir.FullName, "latin1.csv");
            File.WriteAllBytes(latin1, [.. "id\nSoci"u8.ToArray(), 0xE9, (byte)'\n']);

            var missing = () => CsvReader.ReadFile(Path.Combine(dir.FullName, "nope.csv"));
            var invalid = () => CsvReader.ReadFile(latin1);

            missing.Should().Throw<ImportException>().WithMessage("*nope.csv: file not found");
            invalid.Should().Throw<ImportException>().WithMessage("*latin1.csv: not valid UTF-8 text");
        }
        finally
        {
            dir.Delete(true);
        }
    }
}

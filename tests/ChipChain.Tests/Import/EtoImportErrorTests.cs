using ChipChain.Import;

namespace ChipChain.Tests.Import;

/// <summary>Bad datasets: each problem is an <see cref="ImportException"/> or a warning that names its file and line.</summary>
public sealed class EtoImportErrorTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("chipchain-eto-");

    public EtoImportErrorTests()
    {
        foreach (var file in Directory.GetFiles(EtoDataset.Fixture2022, "*.csv"))
        {
            File.Copy(file, Path.Combine(_dir.FullName, Path.GetFileName(file)));
        }
    }

    public void Dispose() => _dir.Delete(true);

    [Theory]
    [InlineData("ASML,P88,EUV lithography tools,N20,101%,", "share_provided '101%' is not a percentage from 0 to 100")]
    [InlineData("ASML,P88,EUV lithography tools,N20,lots,", "share_provided 'lots' is not a percentage from 0 to 100")]
    [InlineData("ASML,,EUV lithography tools,N20,1%,", "'provider_id' is empty")]
    public void Run_bad_provision_value_throws_with_its_line(string row, string problem)
    {
        Append("provision.csv", row);

        var act = () => EtoImport.Run(_dir.FullName);

        act.Should().Throw<ImportException>().Which.Message.Should().Be($"{Path.Combine(_dir.FullName, "provision.csv")}:15: {problem}");
    }

    [Fact]
    public void Run_unknown_ids_in_provision_and_sequence_are_warnings_with_their_lines()
    {
        Append("provision.csv", "ASML,P88,Nothing,N404,5%,");
        Append("sequence.csv", "Ghost,N20,Nowhere,N777,,");

        var warnings = EtoImport.Run(_dir.FullName).Warnings.Select(w => w.ToString()).ToList();

        warnings.Should().Contain($"{Path.Combine(_dir.FullName, "provision.csv")}:15: warning: provided_id N404 is neither an input nor a stage of inputs.csv; row skipped");
        warnings.Should().Contain($"{Path.Combine(_dir.FullName, "sequence.csv")}:7: warning: goes_into_id N777 is not in inputs.csv; link from N20 skipped");
    }

    [Fact]
    public void Run_missing_column_or_file_throws()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "inputs.csv"), "input_id,type\nN1,process\n");
        var missingColumn = () => EtoImport.Run(_dir.FullName);
        missingColumn.Should().Throw<ImportException>().WithMessage("*inputs.csv:1: missing column 'input_name' (found: input_id, type)");

        File.Delete(Path.Combine(_dir.FullName, "sequence.csv"));
        var missingFile = () => EtoImport.Run(_dir.FullName);
        missingFile.Should().Throw<ImportException>().WithMessage("*sequence.csv: file not found");
    }

    [Fact]
    public void Run_duplicate_input_id_throws_with_both_lines()
    {
        Append("inputs.csv", "N20,Again,tool_resource,,,");

        var act = () => EtoImport.Run(_dir.FullName);

        act.Should().Throw<ImportException>().WithMessage("*inputs.csv:9: input id N20 appears twice (first on line 4)");
    }

    private void Append(string file, string row) => File.AppendAllText(Path.Combine(_dir.FullName, file), row + "\r\n");
}

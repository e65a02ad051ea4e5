using System.Globalization;

namespace ChipChain.Import;

/// <summary>
/// Reads the ETO dataset's CSV files into records, accepting both the current layout and the 2022 release (no
/// <c>year</c>, no <c>alias</c>, <c>negligible_market_share</c> instead of <c>year</c>/<c>source</c>, shares such as
/// <c>"57%"</c>). Only the columns the mapping needs are required; others are ignored.
/// </summary>
internal static class EtoDatasetReader
{
    public const string NegligibleText = "negligible";

    public static EtoDataset Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ImportException(directory, 0, FolderProblem(directory) + " (expected a folder with inputs.csv, providers.csv, provision.csv, sequence.csv)");
        }

        var inputs = CsvReader.ReadFile(Path.Combine(directory, "inputs.csv"));
        var providers = CsvReader.ReadFile(Path.Combine(directory, "providers.csv"));
        var provision = CsvReader.ReadFile(Path.Combine(directory, "provision.csv"));
        var sequence = CsvReader.ReadFile(Path.Combine(directory, "sequence.csv"));
        return new EtoDataset(
            inputs.File, ReadInputs(inputs),
            providers.File, ReadProviders(providers),
            provision.File, ReadProvision(provision),
            sequence.File, ReadSequence(sequence));
    }

    /// <summary>Why <paramref name="directory"/> cannot be used: not there, a file, or not permitted.</summary>
    private static string FolderProblem(string directory)
    {
        if (File.Exists(directory))
        {
            return "is a file, not a folder";
        }

        try
        {
            _ = Directory.GetFileSystemEntries(directory);
            return "folder not found";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex is DirectoryNotFoundException ? "folder not found" : IO.FileErrors.Reason(ex);
        }
    }

    private static List<EtoInput> ReadInputs(CsvTable table)
    {
        table.Require("input_id", "input_name", "type");
        return [.. table.Rows.Select(r => new EtoInput(
            Id(table, r, "input_id"), r.Get("input_name"), r.Get("type"), r.GetOrNull("stage_name"), r.GetOrNull("stage_id"),
            r.GetOrNull("year"), r.GetOrNull("market_share_chart_global_market_size_info"), r.GetOrNull("description"), r.Line))];
    }

    private static List<EtoProviderRow> ReadProviders(CsvTable table)
    {
        table.Require("provider_id", "provider_name", "provider_type");
        return [.. table.Rows.Select(r => new EtoProviderRow(
            Id(table, r, "provider_id"), r.Get("provider_name"), r.GetOrNull("alias"), r.Get("provider_type"), r.GetOrNull("country"), r.Line))];
    }

    private static List<EtoProvisionRow> ReadProvision(CsvTable table)
    {
        table.Require("provider_id", "provided_id", "share_provided");
        var rows = new List<EtoProvisionRow>(table.Rows.Count);
        foreach (var r in table.Rows)
        {
            var share = r.Get("share_provided");
            var negligible = string.Equals(r.Get("negligible_market_share"), NegligibleText, StringComparison.OrdinalIgnoreCase);
            decimal? percent = null;
            if (string.Equals(share, NegligibleText, StringComparison.OrdinalIgnoreCase))
            {
                negligible = true;
            }
            else if (share.Length > 0)
            {
                percent = ParsePercent(table, r, share);
            }

            rows.Add(new EtoProvisionRow(Id(table, r, "provider_id"), Id(table, r, "provided_id"), percent, negligible, r.GetOrNull("year"), r.GetOrNull("source"), r.Line));
        }

        return rows;
    }

    private static List<EtoSequenceRow> ReadSequence(CsvTable table)
    {
        table.Require("input_id", "goes_into_id", "is_type_of_id");
        return [.. table.Rows.Select(r => new EtoSequenceRow(Id(table, r, "input_id"), r.GetOrNull("goes_into_id"), r.GetOrNull("is_type_of_id"), r.Line))];
    }

    private static string Id(CsvTable table, CsvRow row, string column) =>
        row.GetOrNull(column) ?? throw new ImportException(table.File, row.Line, $"'{column}' is empty");

    /// <summary>A market share in percent: <c>57</c>, <c>57.0</c> or <c>57%</c> (the 2022 release), 0 to 100.</summary>
    private static decimal ParsePercent(CsvTable table, CsvRow row, string text)
    {
        var digits = text.EndsWith('%') ? text[..^1].TrimEnd() : text;
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var percent)
            || percent < 0 || percent > 100)
        {
            throw new ImportException(table.File, row.Line, $"share_provided '{text}' is not a percentage from 0 to 100");
        }

        return percent;
    }
}

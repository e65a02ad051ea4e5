namespace ChipChain.Import;

/// <summary>
/// A CSV file read by <see cref="CsvReader"/>: the header's column names and the records, addressed by column name so
/// that columns may come in any order and unused ones are ignored. Immutable.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _index;

    internal CsvTable(string file, IReadOnlyList<string> columns, Dictionary<string, int> index, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Columns = columns;
        _index = index;
        Rows = rows;
    }

    /// <summary>The file name used in messages.</summary>
    public string File { get; }

    /// <summary>The column names, in header order, trimmed.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The records after the header, blank lines skipped.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Whether the header has <paramref name="column"/> (case-insensitive).</summary>
    /// <param name="column">The column name.</param>
    /// <returns><see langword="true"/> if present.</returns>
    public bool HasColumn(string column) => _index.ContainsKey(column);

    /// <summary>Checks that the header has every one of <paramref name="columns"/>.</summary>
    /// <param name="columns">The required column names.</param>
    /// <exception cref="ImportException">A column is missing; the message names it and the columns found.</exception>
    public void Require(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var column in columns)
        {
            if (!HasColumn(column))
            {
                throw new ImportException(File, 1, $"missing column '{column}' (found: {string.Join(", ", Columns)})");
            }
        }
    }
}

namespace ChipChain.Import;

/// <summary>One record of a <see cref="CsvTable"/>: its values by column name and the line it starts on. Immutable.</summary>
internal sealed class CsvRow
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string[] _values;

    internal CsvRow(IReadOnlyDictionary<string, int> columns, string[] values, int line)
    {
        _columns = columns;
        _values = values;
        Line = line;
    }

    /// <summary>The one-based line the record starts on (a quoted field may continue on later lines).</summary>
    public int Line { get; }

    /// <summary>The value in <paramref name="column"/> (case-insensitive), or <see langword="null"/> when the table has no such column.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The raw value (quotes removed, line breaks inside quotes as <c>\n</c>), or <see langword="null"/>.</returns>
    public string? this[string column] => _columns.TryGetValue(column, out var i) ? _values[i] : null;

    /// <summary>The value in <paramref name="column"/> with surrounding white space removed; empty when the column is absent.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The trimmed value, possibly empty.</returns>
    public string Get(string column) => this[column]?.Trim() ?? string.Empty;

    /// <summary>The trimmed value, or <see langword="null"/> when the column is absent or the value blank.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The value or <see langword="null"/>.</returns>
    public string? GetOrNull(string column) => Get(column) is { Length: > 0 } value ? value : null;
}

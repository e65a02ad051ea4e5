namespace ChipChain.Import;

/// <summary>
/// Imports the Emerging Technology Observatory's Advanced Semiconductor Supply Chain Dataset (ETO/CSET, CC BY-NC 4.0)
/// from its CSV files (<c>inputs.csv</c>, <c>providers.csv</c>, <c>provision.csv</c>, <c>sequence.csv</c>), current
/// layout or the 2022 release. The mapping is documented in docs/readme/import.md.
/// </summary>
internal static class EtoImport
{
    /// <summary>The share given to a provider the dataset marks as negligible without a percentage (0.1 %).</summary>
    public const double NegligibleShare = 0.001;

    /// <summary>The dataset's files the import reads, in its folder.</summary>
    public static IReadOnlyList<string> Files { get; } = ["inputs.csv", "providers.csv", "provision.csv", "sequence.csv"];

    /// <summary>Imports the dataset in <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder holding the CSV files.</param>
    /// <param name="options">The options (default: <see cref="EtoImportOptions.Default"/>).</param>
    /// <returns>The graph and the warnings (unknown ids, shares over 100 %, ...), each with its file and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="Model.SupplyGraphException">A file is missing or malformed, a required column is absent or a value is invalid.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    internal static ImportResult Run(string directory, EtoImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        options ??= EtoImportOptions.Default;
        var data = EtoDatasetReader.Read(directory);
        return EtoGraphMapper.Map(data, options.Subtypes);
    }
}

namespace ChipChain.IO;

/// <summary>
/// The largest input file of each <see cref="InputKind"/> the tool reads (docs/limits.md). The size is checked before
/// reading; a file whose size is unknown (a device, a pipe) is read up to the limit and refused there, so that
/// <c>/dev/zero</c> or a huge sparse file is refused in moments instead of exhausting memory.
/// </summary>
internal static class InputLimits
{
    /// <summary>The largest scenario file: 8 MiB (a scenario lists a few ids; the sample's is under 1 KiB).</summary>
    public const long ScenarioBytes = 8L << 20;

    /// <summary>The largest CSV table: 64 MiB (the whole ETO dataset is a few MiB; a million-row edge list about 40 MiB).</summary>
    public const long CsvTableBytes = 64L << 20;

    /// <summary>The limit for <paramref name="kind"/>, in bytes.</summary>
    /// <param name="kind">The kind of input.</param>
    /// <returns>The largest accepted size.</returns>
    public static long For(InputKind kind) => kind switch
    {
        InputKind.Scenario => ScenarioBytes,
        _ => CsvTableBytes,
    };

    /// <summary>How the kind is named in messages.</summary>
    /// <param name="kind">The kind of input.</param>
    /// <returns>For example "scenario file".</returns>
    public static string Describe(InputKind kind) => kind switch
    {
        InputKind.Scenario => "scenario file",
        _ => "CSV table",
    };
}

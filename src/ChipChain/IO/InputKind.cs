namespace ChipChain.IO;

/// <summary>The kinds of input file the tool reads whole into memory; each has its own size limit (docs/limits.md).</summary>
internal enum InputKind
{
    /// <summary>A what-if scenario (JSON).</summary>
    Scenario,

    /// <summary>A CSV table: an edge list to import, or one of the ETO dataset's tables.</summary>
    CsvTable,
}

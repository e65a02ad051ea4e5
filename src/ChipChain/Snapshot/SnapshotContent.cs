namespace ChipChain.Snapshot;

/// <summary>The sections of a snapshot whose layout and checksum were checked, read into typed arrays.</summary>
internal sealed class SnapshotContent
{
    private readonly Dictionary<SnapshotSection, Array> _sections;

    public SnapshotContent(SnapshotCounts counts, Dictionary<SnapshotSection, Array> sections)
    {
        Counts = counts;
        _sections = sections;
    }

    /// <summary>The counts the header states (every fixed-length section matches them).</summary>
    public SnapshotCounts Counts { get; }

    /// <summary>An i32 section.</summary>
    public int[] Ints(SnapshotSection section) => (int[])_sections[section];

    /// <summary>An f64 section.</summary>
    public double[] Doubles(SnapshotSection section) => (double[])_sections[section];

    /// <summary>A u8 section.</summary>
    public byte[] Bytes(SnapshotSection section) => (byte[])_sections[section];
}

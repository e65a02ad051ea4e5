namespace ChipChain.Snapshot;

/// <summary>Why a file could not be opened as a supply graph snapshot.</summary>
internal enum SnapshotProblem
{
    /// <summary>The file does not start with the snapshot magic bytes.</summary>
    NotASnapshot = 0,

    /// <summary>The file ends before the length its header states.</summary>
    Truncated = 1,

    /// <summary>The file's checksum does not match its content.</summary>
    ChecksumMismatch = 2,

    /// <summary>The file is a snapshot of a format version this library does not read.</summary>
    UnsupportedVersion = 3,

    /// <summary>The checksum matches but the content is inconsistent (an index out of range, a row start going backwards, …).</summary>
    Corrupt = 4,
}

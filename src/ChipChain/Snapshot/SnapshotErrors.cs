using System.Globalization;

namespace ChipChain.Snapshot;

/// <summary>The one-line problems a snapshot can have (docs/format.md), as exceptions to throw.</summary>
internal static class SnapshotErrors
{
    public static InvalidSnapshotException NotASnapshot(string file) =>
        new(file, SnapshotProblem.NotASnapshot, "not a chipchain snapshot");

    public static InvalidSnapshotException Truncated(string file, long at) =>
        new(file, SnapshotProblem.Truncated, string.Create(CultureInfo.InvariantCulture, $"snapshot truncated at byte {at}"));

    public static InvalidSnapshotException ChecksumMismatch(string file) =>
        new(file, SnapshotProblem.ChecksumMismatch, "snapshot checksum mismatch");

    public static InvalidSnapshotException UnsupportedVersion(string file, uint version) =>
        new(file, SnapshotProblem.UnsupportedVersion, string.Create(
            CultureInfo.InvariantCulture, $"snapshot version {version} is not supported (this tool reads version {SnapshotLayout.Version})"));

    public static InvalidSnapshotException Corrupt(string file, string detail) =>
        new(file, SnapshotProblem.Corrupt, $"snapshot corrupt: {detail}");
}

using ChipChain.IO;
using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>
/// Saves and opens supply graphs as binary snapshots (<c>.ccg</c>, docs/format.md): everything the JSON format
/// keeps except source positions, plus the compact topology, so that opening builds nothing per link.
/// </summary>
internal static class SupplyGraphSnapshot
{
    /// <summary>The usual file extension.</summary>
    public const string Extension = ".ccg";

    /// <summary>The format version this library writes and reads.</summary>
    public const int Version = (int)SnapshotLayout.Version;

    /// <summary>Writes a graph as a snapshot.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="InvalidOperationException">The graph's text is over 2 GB, more than a snapshot holds.</exception>
    /// <exception cref="PlatformNotSupportedException">The machine is big-endian.</exception>
    public static void Write(SupplyGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        SnapshotWriter.Write(graph, stream);
    }

    /// <summary>Saves a graph as a snapshot atomically (temporary file, then rename).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="path">The file to create or replace.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or folder is not writable.</exception>
    /// <exception cref="InvalidOperationException">The graph's text is over 2 GB, more than a snapshot holds.</exception>
    public static void Save(SupplyGraph graph, string path)
    {
        ArgumentNullException.ThrowIfNull(graph);
        AtomicFile.Write(path, stream => Write(graph, stream));
    }

    /// <summary>Opens a snapshot.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The graph (its nodes and links have no source positions).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InvalidSnapshotException">The file is not a snapshot, is truncated, fails its checksum, has another version or is inconsistent.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SupplyGraph Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return SnapshotReader.Read(path, path);
    }

    /// <summary>
    /// Whether a file is meant as a snapshot: it starts with the snapshot magic bytes (or with the start of them, a file
    /// cut short), or has the <c>.ccg</c> extension.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns><see langword="true"/> when the file should be opened as a snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static bool IsSnapshot(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Span<byte> start = stackalloc byte[8];
        int read;
        using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            read = RandomAccess.Read(handle, start, 0);
        }

        return SnapshotFile.StartsLikeSnapshot(start[..read])
            || string.Equals(Path.GetExtension(path), Extension, StringComparison.OrdinalIgnoreCase);
    }
}

using ChipChain.Json;
using ChipChain.Model;
using ChipChain.Snapshot;
using ChipChain.Validation;

namespace ChipChain.IO;

/// <summary>
/// Reads and writes graph files of either kind: a binary snapshot when the file starts with the snapshot magic bytes
/// (or has the <c>.ccg</c> extension), else <c>chipchain/1</c> JSON; imports other datasets and exports other formats
/// (SupplyGraphFile.Formats.cs). The one public way in and out of files.
/// </summary>
public static partial class SupplyGraphFile
{
    /// <summary>The snapshot file extension (<c>.ccg</c>).</summary>
    public const string SnapshotExtension = SupplyGraphSnapshot.Extension;

    /// <summary>The snapshot format version this library writes and reads.</summary>
    public const int SnapshotVersion = SupplyGraphSnapshot.Version;

    /// <summary>Reads a graph file and reports every problem instead of throwing.</summary>
    /// <param name="path">The file.</param>
    /// <param name="includeWarnings">Whether to run the warning checks of <see cref="GraphValidator"/> too.</param>
    /// <returns>The graph, if the file has no errors, and the diagnostics (a snapshot's problem is one error).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    internal static GraphReadResult Read(string path, bool includeWarnings = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!SupplyGraphSnapshot.IsSnapshot(path))
        {
            return SupplyGraphJson.Read(path, includeWarnings);
        }

        SupplyGraph graph;
        try
        {
            graph = SupplyGraphSnapshot.Load(path);
        }
        catch (InvalidSnapshotException ex)
        {
            return new GraphReadResult(path, null, [new Diagnostic(DiagnosticSeverity.Error, ex.Reason, null, null)], isSnapshot: true);
        }

        var diagnostics = includeWarnings ? GraphValidator.Warnings(graph) : [];
        return new GraphReadResult(path, graph, diagnostics, isSnapshot: true);
    }

    /// <summary>Loads a graph file of either kind.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="SupplyGraphException">A JSON file has errors; the exception lists all of them.</exception>
    /// <exception cref="SupplyGraphException">A snapshot is truncated, corrupted or of another version.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SupplyGraph Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return SupplyGraphSnapshot.IsSnapshot(path) ? SupplyGraphSnapshot.Load(path) : SupplyGraphJson.Load(path);
    }

    /// <summary>Loads <c>chipchain/1</c> JSON from a stream (for example an embedded resource or a download).</summary>
    /// <param name="stream">The UTF-8 JSON input.</param>
    /// <param name="file">The name to use in error messages.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SupplyGraphException">The input has errors; the exception lists all of them.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static SupplyGraph Load(Stream stream, string file) => SupplyGraphJson.Load(stream, file);

    /// <summary>
    /// Saves a graph atomically (temporary file, then rename): as a snapshot when <paramref name="path"/> ends in
    /// <c>.ccg</c>, else as indented, deterministic <c>chipchain/1</c> JSON.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="path">The file to create or replace.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or folder is not writable.</exception>
    /// <exception cref="InvalidOperationException">A snapshot would hold more than 2 GB of text.</exception>
    public static void Save(SupplyGraph graph, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(SnapshotExtension, StringComparison.OrdinalIgnoreCase))
        {
            SupplyGraphSnapshot.Save(graph, path);
        }
        else
        {
            SupplyGraphJson.Save(graph, path);
        }
    }

    /// <summary>The graph as <c>chipchain/1</c> JSON text.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static string ToJson(SupplyGraph graph) => SupplyGraphJson.ToJson(graph);
}

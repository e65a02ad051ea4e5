using ChipChain.Json;
using ChipChain.Model;
using ChipChain.Snapshot;
using ChipChain.Validation;

namespace ChipChain.IO;

/// <summary>
/// Reads a graph file of either kind: a binary snapshot when the file starts with the snapshot magic bytes (or has
/// the <c>.ccg</c> extension), else <c>chipchain/1</c> JSON.
/// </summary>
public static class SupplyGraphFile
{
    /// <summary>Reads a graph file and reports every problem instead of throwing.</summary>
    /// <param name="path">The file.</param>
    /// <param name="includeWarnings">Whether to run the warning checks of <see cref="GraphValidator"/> too.</param>
    /// <returns>The graph, if the file has no errors, and the diagnostics (a snapshot's problem is one error).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static GraphReadResult Read(string path, bool includeWarnings = false)
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
    /// <exception cref="InvalidGraphException">A JSON file has errors; the exception lists all of them.</exception>
    /// <exception cref="InvalidSnapshotException">A snapshot is truncated, corrupted or of another version.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SupplyGraph Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return SupplyGraphSnapshot.IsSnapshot(path) ? SupplyGraphSnapshot.Load(path) : SupplyGraphJson.Load(path);
    }
}

using ChipChain.IO;
using ChipChain.Json;
using ChipChain.Model;
using ChipChain.Validation;

namespace ChipChain.Cli.Infrastructure;

/// <summary>Loads the graph a command works on: the FILE argument, or the sample graph embedded in the tool.</summary>
internal static class GraphSource
{
    /// <summary>The name shown for the embedded sample.</summary>
    public const string SampleName = "ai-accelerators.json (bundled sample)";

    private const string SampleResource = "ChipChain.Cli.ai-accelerators.json";

    /// <summary>Opens the sample graph's JSON.</summary>
    public static Stream OpenSample() =>
        typeof(GraphSource).Assembly.GetManifestResourceStream(SampleResource)
        ?? throw new InvalidOperationException("The bundled sample graph is missing from the tool.");

    /// <summary>Reads a graph with diagnostics; a missing or unreadable file is a usage error.</summary>
    public static GraphReadResult Read(string? path, bool includeWarnings)
    {
        if (path is null)
        {
            using var sample = OpenSample();
            return SupplyGraphJson.Read(sample, SampleName, includeWarnings);
        }

        if (Directory.Exists(path))
        {
            throw new CliUsageException($"{path}: is a directory, expected a chipchain/1 JSON file");
        }

        if (!File.Exists(path))
        {
            throw new CliUsageException($"{path}: file not found");
        }

        try
        {
            return SupplyGraphFile.Read(path, includeWarnings);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{path}: cannot read the file: {ex.Message}");
        }
    }

    /// <summary>Loads a graph, turning errors into one usage-error line.</summary>
    public static SupplyGraph Load(string? path)
    {
        var result = Read(path, includeWarnings: false);
        if (result.Graph is not null)
        {
            return result.Graph;
        }

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var more = errors.Count > 1 ? $" (and {errors.Count - 1} more error(s): run 'chipchain validate {path}')" : string.Empty;
        throw new CliUsageException(errors[0].Describe(result.File) + more);
    }
}

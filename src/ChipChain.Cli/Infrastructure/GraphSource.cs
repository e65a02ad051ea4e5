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

    /// <summary>Reads a graph with diagnostics; a missing, unreadable or folder path is an <see cref="InputFileException"/>.</summary>
    public static GraphReadResult Read(string? path, bool includeWarnings) =>
        CliProgress.Run($"loading {DisplayText.Clip(path ?? SampleName, 60)}", () => ReadFile(path, includeWarnings));

    private static GraphReadResult ReadFile(string? path, bool includeWarnings)
    {
        if (path is null)
        {
            using var sample = OpenSample();
            return SupplyGraphJson.Read(sample, SampleName, includeWarnings);
        }

        // Opening first turns a directory, a missing file or a permission problem into its own one-line reason; the
        // read itself goes by path, so a large JSON file is parsed in parallel and a snapshot is recognised.
        InputFile.OpenRead(path).Dispose();
        try
        {
            return SupplyGraphFile.Read(path, includeWarnings);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{DisplayText.Clip(path)}: cannot read: {FileErrors.Reason(ex)}");
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

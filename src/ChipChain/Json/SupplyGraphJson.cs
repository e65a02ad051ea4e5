using ChipChain.IO;
using ChipChain.Model;
using ChipChain.Validation;

namespace ChipChain.Json;

/// <summary>Loads and saves supply graphs in the <c>chipchain/1</c> JSON format, streaming in both directions.</summary>
internal static class SupplyGraphJson
{
    /// <summary>The format identifier written in every file.</summary>
    public const string Format = DocumentParser.FormatName;

    // Below this a file is streamed: parallel chunks would not pay for their start-up.
    private const long ParallelMinimumBytes = 4L << 20;

    // Large enough that a chunk's set-up is lost in its parsing, small enough that every core gets several.
    private const int ParallelChunkSize = 4 << 20;

    /// <summary>Reads a graph and reports every problem instead of throwing.</summary>
    /// <param name="stream">The UTF-8 JSON input (a byte-order mark is allowed).</param>
    /// <param name="file">The file name to use in messages.</param>
    /// <param name="includeWarnings">Whether to run the warning checks of <see cref="GraphValidator"/> too.</param>
    /// <returns>The graph, if it has no errors, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static GraphReadResult Read(Stream stream, string file, bool includeWarnings = false) => Read(stream, file, includeWarnings, fastPath: true);

    /// <summary>Reads a graph; <paramref name="fastPath"/> false reads every element token by token (tests compare both).</summary>
    internal static GraphReadResult Read(Stream stream, string file, bool includeWarnings, bool fastPath)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        return Read(new ParseContext(new JsonTokenReader(stream)) { UseFastPath = fastPath }, file, includeWarnings);
    }

    /// <summary>
    /// Reads a graph held in memory, its nodes and links arrays in parallel chunks of <paramref name="chunkSize"/>
    /// bytes when every element is ordinary. A file with any error is read again sequentially, so its messages are
    /// exactly those of a sequential read.
    /// </summary>
    internal static GraphReadResult Read(ReadOnlyMemory<byte> input, string file, bool includeWarnings, int chunkSize)
    {
        var context = new ParseContext(new JsonTokenReader(input)) { ParallelChunkSize = chunkSize };
        var result = Read(context, file, includeWarnings);
        return result.HasErrors && context.ReadInParallel
            ? Read(new ParseContext(new JsonTokenReader(input)), file, includeWarnings)
            : result;
    }

    private static GraphReadResult Read(ParseContext context, string file, bool includeWarnings)
    {
        ParsedDocument document;
        try
        {
            document = DocumentParser.Parse(context);
        }
        catch (JsonSyntaxException ex)
        {
            // Malformed JSON ends the read: nothing after the error can be trusted.
            context.Error(ex.Message, null, ex.Position);
            return new GraphReadResult(file, null, context.Diagnostics);
        }

        ReferenceChecks.Run(context, document);
        if (context.HasErrors)
        {
            return new GraphReadResult(file, null, context.Diagnostics);
        }

        // The nodes stay in columns; each node object is made when something first asks for it.
        var nodes = document.Nodes;
        var links = document.Columns(out var suppliers, out var consumers);
        var topology = TopologyBuilder.Build(nodes.Count, nodes.RequiresAnyOf, nodes.IsCandidate, links, suppliers, consumers);
        var graph = new SupplyGraph(document.Metadata, new NodeList(nodes.Count, nodes.Make, nodes.KindOf), links, document.Ids, suppliers, consumers, topology);
        var diagnostics = context.Diagnostics;
        if (includeWarnings)
        {
            diagnostics.AddRange(GraphValidator.Warnings(graph));
        }

        return new GraphReadResult(file, graph, diagnostics);
    }

    /// <summary>Reads a graph file and reports every problem instead of throwing.</summary>
    /// <param name="path">The file.</param>
    /// <param name="includeWarnings">Whether to run the warning checks too.</param>
    /// <returns>The graph, if it has no errors, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static GraphReadResult Read(string path, bool includeWarnings = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (!stream.CanSeek || stream.Length < ParallelMinimumBytes || stream.Length > Array.MaxLength)
        {
            return Read(stream, path, includeWarnings);
        }

        // Mapped whole, so the nodes and links arrays can be cut into chunks and parsed on every core, straight from
        // the file cache. Nothing read from the mapping outlives the read: strings and ids are copied out.
        using var mapped = MappedFile.Open(stream);
        return Read(mapped.Memory, path, includeWarnings, ParallelChunkSize);
    }

    /// <summary>Loads a graph.</summary>
    /// <param name="stream">The UTF-8 JSON input.</param>
    /// <param name="file">The file name to use in messages.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidGraphException">The input has errors; the exception lists all of them.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static SupplyGraph Load(Stream stream, string file)
    {
        var result = Read(stream, file);
        return result.Graph ?? throw new InvalidGraphException(file, result.Diagnostics);
    }

    /// <summary>Loads a graph file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidGraphException">The file has errors; the exception lists all of them.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SupplyGraph Load(string path)
    {
        var result = Read(path);
        return result.Graph ?? throw new InvalidGraphException(path, result.Diagnostics);
    }

    /// <summary>Writes a graph as indented <c>chipchain/1</c> JSON, one node or link per line, deterministically.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">Where to write (UTF-8, no byte-order mark).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(SupplyGraph graph, Stream stream) => GraphJsonWriter.Write(graph, stream);

    /// <summary>Saves a graph atomically (temporary file, then rename): a failure never leaves a half-written file.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="path">The file to create or replace.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or folder is not writable.</exception>
    public static void Save(SupplyGraph graph, string path)
    {
        ArgumentNullException.ThrowIfNull(graph);
        AtomicFile.Write(path, stream => Write(graph, stream));
    }

    /// <summary>The graph as <c>chipchain/1</c> JSON text.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static string ToJson(SupplyGraph graph)
    {
        using var memory = new MemoryStream();
        Write(graph, memory);
        return System.Text.Encoding.UTF8.GetString(memory.ToArray());
    }
}

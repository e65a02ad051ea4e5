using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// Reads the nodes or links array of an in-memory file in parallel chunks (see <see cref="ChunkedArray"/>) when every
/// element is ordinary; otherwise reads nothing and says so, and the caller reads the array element by element.
/// </summary>
internal static class ParallelElements
{
    /// <summary>Reads the links array in parallel chunks.</summary>
    /// <param name="context">The parse context, its reader just past the links array's start.</param>
    /// <param name="document">The document, whose nodes must all be read already (links name them).</param>
    /// <returns>Whether the links were read; if so, the reader's next token is the array's end.</returns>
    public static bool TryReadLinks(ParseContext context, ParsedDocument document)
    {
        if (Split(context) is not { } chunks)
        {
            return false;
        }

        // Every chunk writes into its own window of one set of columns, as large as the chunk's brace count.
        var targets = new LinkChunk[chunks.Count];
        var offsets = new int[chunks.Count + 1];
        for (var k = 0; k < chunks.Count; k++)
        {
            offsets[k + 1] = checked(offsets[k] + chunks.BoundOf(k));
        }

        var columns = new LinkArrays(offsets[^1]);
        if (!chunks.TryParse(k => new FastLinkParser(new StringPool(), document, targets[k] = new LinkChunk(columns, offsets[k], offsets[k + 1] - offsets[k]), context.Reader.WholeInput)))
        {
            return false;
        }

        // Only the chunks of the array count: cuts past its end parsed other parts of the file.
        targets = targets[..chunks.Count];
        var fileIndex = 0;
        for (var k = 0; k < targets.Length; k++)
        {
            targets[k].FileIndexBase = fileIndex;
            fileIndex += chunks.Elements[k];
        }

        document.AddChunks(targets);
        context.ReadInParallel = true;
        context.Reader.SkipTo(chunks.End, chunks.EndLine, chunks.EndLineStart);
        return true;
    }

    /// <summary>Reads the nodes array in parallel chunks, then adds the nodes to the document in file order.</summary>
    /// <param name="context">The parse context, its reader just past the nodes array's start.</param>
    /// <param name="document">The document.</param>
    /// <returns>Whether the nodes were read; if so, the reader's next token is the array's end.</returns>
    public static bool TryReadNodes(ParseContext context, ParsedDocument document)
    {
        if (Split(context) is not { } chunks)
        {
            return false;
        }

        var targets = new NodeColumns[chunks.Count];
        var ids = new PreparedIds[chunks.Count];
        if (!chunks.TryParse(k => new FastNodeParser(new StringPool(), document, targets[k] = new NodeColumns((ids[k] = new PreparedIds(chunks.BoundOf(k))).Id, chunks.BoundOf(k)), ids[k])))
        {
            return false;
        }

        // The id table is filled in file order, so the first definition of an id wins and duplicates are found. The
        // chunks made the ids' bytes and probes; here each batch's slots are touched first so their misses overlap.
        // The nodes between duplicates (all of them, in a valid file) are appended a chunk at a time.
        var count = ids[..chunks.Count].Sum(c => c.Count);
        document.Ids.Reserve(count, ids[..chunks.Count].Sum(c => c.Bytes));
        document.Nodes.Reserve(count);
        var index = 0;
        for (var k = 0; k < chunks.Count; k++)
        {
            var (nodes, prepared) = (targets[k], ids[k]);
            var run = 0;
            for (var from = 0; from < nodes.Count; from += NodeIdTable.Batch)
            {
                var to = Math.Min(nodes.Count, from + NodeIdTable.Batch);
                document.Ids.Touch(prepared.Probes(from, to - from));
                for (var i = from; i < to; i++, index++)
                {
                    if (document.Ids.Add(prepared.Probe(i), prepared.Id(i)) >= 0)
                    {
                        document.Nodes.Append(nodes, run, i - run);
                        document.Duplicates.Add((nodes.Make(i), index));
                        run = i + 1;
                    }
                }
            }

            document.Nodes.Append(nodes, run, nodes.Count - run);
        }

        context.ReadInParallel = true;
        context.Reader.SkipTo(chunks.End, chunks.EndLine, chunks.EndLineStart);
        return true;
    }

    private static ChunkedArray? Split(ParseContext context)
    {
        var r = context.Reader;
        if (context.ParallelChunkSize <= 0 || r.WholeInput is not { } bytes || r.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var from = r.Offset;
        var at = r.PositionAt(from);
        return ChunkedArray.Split(bytes, (int)from, at.Line, from - (at.Column - 1), context.ParallelChunkSize);
    }
}

using System.Text.Json;

namespace ChipChain.Json;

/// <summary>
/// Reads the elements of one JSON array of an in-memory file in parallel: the array is cut into chunks at element
/// boundaries and each chunk is parsed by its own fast element parser. Any element the fast parser does not take,
/// and anything unusual between elements (comments, a cut that is not an element boundary), makes the whole read
/// fail, and the caller reads the array one element at a time instead, so every message still comes from one parser.
/// </summary>
internal sealed partial class ChunkedArray
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };
    private const int ResyncWindow = 1 << 20;

    // One worker per core: more would only share the cores.
    private static readonly ParallelOptions Cores = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly int[] _starts;
    private readonly int[] _line;
    private readonly long[] _lineStart;
    private int[]? _braces;

    private ChunkedArray(ReadOnlyMemory<byte> bytes, int[] starts, int line, long lineStart)
    {
        _bytes = bytes;
        _starts = starts;
        _line = new int[starts.Length];
        _lineStart = new long[starts.Length];
        _line[0] = line;
        _lineStart[0] = lineStart;
        Count = starts.Length;
    }

    private enum ChunkEnd
    {
        /// <summary>The chunk's last element is followed by a comma and the next chunk's first element.</summary>
        Boundary,

        /// <summary>The array's closing bracket is in the chunk.</summary>
        ArrayEnd,

        /// <summary>Not parsed: an element the fast path does not take, or a cut that was not an element boundary.</summary>
        Failed,
    }

    /// <summary>
    /// The number of chunks: before <see cref="TryParse"/>, the cuts found up to the end of the input; after a
    /// successful one, the chunks that make up the array (the cuts can run past its end into later parts of the file).
    /// </summary>
    public int Count { get; private set; }

    /// <summary>The offset of the closing bracket, after a successful <see cref="TryParse"/>.</summary>
    public int End { get; private set; }

    /// <summary>The line of the closing bracket, after a successful <see cref="TryParse"/>.</summary>
    public int EndLine { get; private set; }

    /// <summary>The offset where <see cref="EndLine"/> starts.</summary>
    public long EndLineStart { get; private set; }

    /// <summary>Each chunk's element count, after a successful <see cref="TryParse"/>.</summary>
    public int[] Elements { get; private set; } = [];

    /// <summary>
    /// Cuts the array whose first element starts at or after <paramref name="from"/> (just past the <c>[</c>) into
    /// chunks of about <paramref name="chunkSize"/> bytes; null when the array is too small to be worth splitting.
    /// </summary>
    /// <param name="input">The whole input.</param>
    /// <param name="from">The offset just after the array's opening bracket.</param>
    /// <param name="line">The line of <paramref name="from"/>.</param>
    /// <param name="lineStart">The offset where that line starts.</param>
    /// <param name="chunkSize">The chunk size in bytes.</param>
    public static ChunkedArray? Split(ReadOnlyMemory<byte> input, int from, int line, long lineStart, int chunkSize)
    {
        var bytes = input.Span;
        var first = SkipWhitespace(bytes, from);
        if (first >= bytes.Length || bytes[first] != '{')
        {
            return null;
        }

        var starts = new List<int> { first };
        for (long approx = (long)first + chunkSize; approx < bytes.Length; approx = (long)starts[^1] + chunkSize)
        {
            var next = NextElementStart(bytes, (int)approx);
            if (next < 0)
            {
                break;
            }

            starts.Add(next);
        }

        if (starts.Count < 2)
        {
            return null;
        }

        // Chunks count lines from their first element: move the known line from the bracket to the first element.
        var gap = bytes.Slice(from, first - from);
        if (gap.LastIndexOf((byte)'\n') is var nl and >= 0)
        {
            line += gap.Count((byte)'\n');
            lineStart = from + nl + 1;
        }

        return new ChunkedArray(input, [.. starts], line, lineStart);
    }

    /// <summary>Parses every chunk, in parallel, with the parser <paramref name="parserFor"/> gives for it.</summary>
    /// <returns>
    /// Whether the array was parsed: every chunk up to the one holding the closing bracket parsed every element and
    /// met the next exactly. Chunks past the closing bracket (the cuts do not know where the array ends) are ignored,
    /// whatever they parsed; <see cref="Count"/> then says how many chunks the array has.
    /// </returns>
    public bool TryParse(Func<int, IFastElementParser> parserFor)
    {
        var count = _starts.Length;
        Prepare();

        var elements = new int[count];
        var ends = new ChunkEnd[count];
        var endAt = new (int Offset, int Line, long LineStart)[count];
        var firstEnd = count; // the lowest chunk known to hold the closing bracket; chunks past it stop early
        Parallel.For(0, count, Cores, k =>
        {
            if (k > Volatile.Read(ref firstEnd))
            {
                ends[k] = ChunkEnd.Failed; // past the array's end: no parser is made
                return;
            }

            ends[k] = ParseChunk(k, parserFor(k), ref firstEnd, out elements[k], out endAt[k]);
            if (ends[k] == ChunkEnd.ArrayEnd)
            {
                for (var seen = Volatile.Read(ref firstEnd); k < seen; seen = Volatile.Read(ref firstEnd))
                {
                    Interlocked.CompareExchange(ref firstEnd, k, seen);
                }
            }
        });

        var last = Array.FindIndex(ends, e => e != ChunkEnd.Boundary);
        if (last < 0 || ends[last] != ChunkEnd.ArrayEnd)
        {
            return false;
        }

        Count = last + 1;
        Elements = elements[..Count];
        (End, EndLine, EndLineStart) = endAt[last];
        return true;
    }

    private ChunkEnd ParseChunk(int k, IFastElementParser parser, ref int firstEnd, out int elements, out (int, int, long) endAt)
    {
        elements = 0;
        endAt = default;
        var final = k == _starts.Length - 1;
        var bytes = _bytes.Span;
        var end = final ? bytes.Length : _starts[k + 1];
        var lines = new LineCounter(_bytes, _starts[k], _line[k], _lineStart[k]);
        var pos = _starts[k];
        while (true)
        {
            if (k > Volatile.Read(ref firstEnd))
            {
                return ChunkEnd.Failed; // past the array's end: ignored
            }

            if (ParseElement(bytes, parser, lines, pos, elements) is not (var consumed and > 0))
            {
                return ChunkEnd.Failed;
            }

            elements++;
            pos = SkipWhitespace(bytes, pos + consumed);
            if (pos >= bytes.Length)
            {
                return ChunkEnd.Failed;
            }

            if (bytes[pos] == ']')
            {
                lines.PositionAt(pos);
                endAt = (pos, lines.Line, lines.LineStart);
                return parser.Finish() ? ChunkEnd.ArrayEnd : ChunkEnd.Failed;
            }

            if (bytes[pos] != ',')
            {
                return ChunkEnd.Failed;
            }

            pos = SkipWhitespace(bytes, pos + 1);
            if (pos >= end)
            {
                // The next chunk must start exactly at the next element; anything else means the cut was not a boundary.
                return pos == end && !final && parser.Finish() ? ChunkEnd.Boundary : ChunkEnd.Failed;
            }
        }
    }

    /// <summary>
    /// Parses the element at <paramref name="pos"/>: with the flat-object scanner, or, where it stops, with a reader.
    /// </summary>
    /// <returns>The element's length in bytes, or 0 when the fast parser does not take it.</returns>
    private static int ParseElement(ReadOnlySpan<byte> bytes, IFastElementParser parser, LineCounter lines, int pos, int index)
    {
        var scanner = new FlatObjectScanner(bytes[pos..]);
        switch (parser.TryParse(ref scanner, lines, pos, index))
        {
            case FastElementResult.Parsed:
                return scanner.BytesConsumed;
            case FastElementResult.Slow:
                // The parser turned the element down on its tokens, which a reader would give the same.
                return 0;
        }

        var reader = new Utf8JsonReader(bytes[pos..], isFinalBlock: true, new JsonReaderState(Options));
        try
        {
            return parser.TryParse(ref reader, lines, pos, index) == FastElementResult.Parsed ? (int)reader.BytesConsumed : 0;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return 0;
        }
    }

    /// <summary>
    /// The first <c>{</c> at or after <paramref name="from"/> that follows <c>}</c>, a comma and whitespace: most
    /// likely an element start. The chunk before checks it by parsing up to exactly there.
    /// </summary>
    private static int NextElementStart(ReadOnlySpan<byte> bytes, int from)
    {
        var limit = (int)Math.Min(bytes.Length, (long)from + ResyncWindow);
        for (var i = from; i < limit; i++)
        {
            var comma = bytes.Slice(i, limit - i).IndexOf((byte)',');
            if (comma < 0)
            {
                return -1;
            }

            i += comma;
            var before = i - 1;
            while (before > from && IsWhitespace(bytes[before]))
            {
                before--;
            }

            var after = SkipWhitespace(bytes, i + 1);
            if (bytes[before] == '}' && after < bytes.Length && bytes[after] == '{')
            {
                return after;
            }
        }

        return -1;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> bytes, int pos)
    {
        while (pos < bytes.Length && IsWhitespace(bytes[pos]))
        {
            pos++;
        }

        return pos;
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';
}

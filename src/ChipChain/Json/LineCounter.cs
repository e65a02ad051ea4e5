using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// Positions inside one chunk of an in-memory file: starts from the chunk's known line and line start and counts
/// newlines forward, exactly as <see cref="JsonTokenReader"/> does for the whole file.
/// </summary>
internal sealed class LineCounter(ReadOnlyMemory<byte> bytes, long scanned, int line, long lineStart) : IPositionSource
{
    private long _scanned = scanned;

    /// <summary>The line of the last offset asked for.</summary>
    public int Line { get; private set; } = line;

    /// <summary>The offset where <see cref="Line"/> starts.</summary>
    public long LineStart { get; private set; } = lineStart;

    /// <inheritdoc />
    public SourcePosition PositionAt(long offset)
    {
        while (_scanned < offset)
        {
            var nl = bytes.Span.Slice((int)_scanned, (int)(offset - _scanned)).IndexOf((byte)'\n');
            if (nl < 0)
            {
                _scanned = offset;
                break;
            }

            Line++;
            _scanned += nl + 1;
            LineStart = _scanned;
        }

        return new SourcePosition(Line, (int)(offset - LineStart) + 1);
    }
}

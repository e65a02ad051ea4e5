namespace ChipChain.Json;

/// <summary>What is counted over the chunks before they are parsed: the line each starts on, and a bound on its elements.</summary>
internal sealed partial class ChunkedArray
{
    /// <summary>
    /// At most how many elements chunk <paramref name="k"/> holds: its opening braces (every element starts with one
    /// inside its chunk; braces in strings only raise the bound).
    /// </summary>
    public int BoundOf(int k)
    {
        Prepare();
        return _braces![k];
    }

    /// <summary>Counts each chunk's newlines (for its first line) and braces (for <see cref="BoundOf"/>), once, on every core.</summary>
    private void Prepare()
    {
        if (_braces is not null)
        {
            return;
        }

        var count = _starts.Length;
        var newlines = new int[count];
        var braces = new int[count];
        Parallel.For(0, count, Cores, k =>
        {
            var span = _bytes.Span[_starts[k]..(k + 1 < count ? _starts[k + 1] : _bytes.Length)];
            newlines[k] = span.Count((byte)'\n');
            braces[k] = span.Count((byte)'{');
        });
        for (var k = 1; k < count; k++)
        {
            var span = _bytes.Span.Slice(_starts[k - 1], _starts[k] - _starts[k - 1]);
            _line[k] = _line[k - 1] + newlines[k - 1];
            _lineStart[k] = newlines[k - 1] > 0 ? _starts[k - 1] + span.LastIndexOf((byte)'\n') + 1 : _lineStart[k - 1];
        }

        _braces = braces;
    }
}

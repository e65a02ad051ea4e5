using System.Buffers;
using System.Text;
using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// Reads JSON tokens one at a time from a stream with <see cref="Utf8JsonReader"/> over a refilled buffer (no
/// whole-file string, no DOM), and knows the line and column of every token so errors can point at it.
/// </summary>
internal sealed partial class JsonTokenReader : IPositionSource
{
    private const int InitialBufferSize = 1 << 16;
    private readonly Stream _stream;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
    private long _bufferOffset;
    private long _scanned;
    private long _lineStart;
    private int _line = 1;
    private byte[] _value = new byte[256];
    private int _valueLength;
    private char[] _chars = new char[256];
    private int _charLength;
    private string? _string;
    private double _number;
    private bool _numberFits;
    private bool _bomChecked;

    public JsonTokenReader(Stream stream) => _stream = stream;

    /// <summary>A reader over a whole input already in memory (no refills; arrays can be read in parallel).</summary>
    public JsonTokenReader(ReadOnlyMemory<byte> input)
    {
        _stream = Stream.Null;
        _buffer = [];
        _end = input.Length;
        _final = true;
        WholeInput = input;
    }

    /// <summary>The whole input, when the reader was made over it (a file mapped into memory, or an array); null when it streams.</summary>
    public ReadOnlyMemory<byte>? WholeInput { get; }

    /// <summary>The bytes read so far: the buffer, or the whole input.</summary>
    private ReadOnlySpan<byte> Bytes => WholeInput is { } whole ? whole.Span : _buffer;

    /// <summary>The absolute offset of the next unread byte.</summary>
    public long Offset => _bufferOffset + _start;

    /// <summary>
    /// Moves an in-memory reader that has just read an array's start to that array's closing bracket, whose line
    /// is known, as if the array were empty: the elements were read elsewhere, and the next token is the array's end.
    /// </summary>
    /// <param name="offset">The closing bracket's offset.</param>
    /// <param name="line">Its line.</param>
    /// <param name="lineStart">The offset where that line starts.</param>
    public void SkipTo(long offset, int line, long lineStart)
    {
        if (WholeInput is null || TokenType != JsonTokenType.StartArray || offset < Offset)
        {
            throw new InvalidOperationException("only an in-memory reader at an array's start can skip to its end");
        }

        _start = (int)offset;
        _scanned = offset;
        _line = line;
        _lineStart = lineStart;
    }

    /// <summary>The type of the current token.</summary>
    public JsonTokenType TokenType { get; private set; } = JsonTokenType.None;

    /// <summary>Where the current token starts.</summary>
    public SourcePosition Position { get; private set; } = new(1, 1);

    /// <summary>The current string value (for <see cref="JsonTokenType.String"/>), allocated on first use.</summary>
    public string StringValue => TokenType == JsonTokenType.String ? _string ??= new string(_chars, 0, _charLength) : string.Empty;

    /// <summary>The current string value as characters, without allocating a string (for <see cref="JsonTokenType.String"/>).</summary>
    public ReadOnlySpan<char> StringSpan => TokenType == JsonTokenType.String ? _chars.AsSpan(0, _charLength) : default;

    /// <summary>The current property name, decoded.</summary>
    public string PropertyName => Encoding.UTF8.GetString(_value, 0, _valueLength);

    /// <summary>The current number, when <see cref="NumberFits"/>.</summary>
    public double NumberValue => _number;

    /// <summary>Whether the current number fits a double.</summary>
    public bool NumberFits => _numberFits;

    /// <summary>The unescaped UTF-8 bytes of the current property name or number.</summary>
    public ReadOnlySpan<byte> ValueBytes => _value.AsSpan(0, _valueLength);

    /// <summary>Whether the current property name equals <paramref name="utf8Name"/>.</summary>
    public bool NameIs(ReadOnlySpan<byte> utf8Name) => ValueBytes.SequenceEqual(utf8Name);

    /// <summary>Reads the next token.</summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    /// <exception cref="JsonSyntaxException">The input is not well-formed JSON.</exception>
    public bool Read()
    {
        while (true)
        {
            if (!_bomChecked)
            {
                EnsureBytes(3);
                if (_end - _start >= 2 && Bytes[_start..] is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
                {
                    throw new JsonSyntaxException("the file is UTF-16; chipchain/1 files are UTF-8", null);
                }

                if (_end - _start >= 3 && Bytes[_start..] is [0xEF, 0xBB, 0xBF, ..])
                {
                    _start += 3;
                    _scanned = _lineStart = 3;
                }

                _bomChecked = true;
            }

            var sliceStart = _bufferOffset + _start;
            var reader = new Utf8JsonReader(Bytes.Slice(_start, _end - _start), _final, _state);
            bool ok;
            try
            {
                ok = reader.Read();
                if (ok)
                {
                    Position = PositionAt(sliceStart + reader.TokenStartIndex);
                    TokenType = reader.TokenType;
                    Capture(ref reader);
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                // Only the fact is taken from the framework (a broken token, or a string that does not decode):
                // the problem is named, and placed, from the bytes themselves.
                throw Malformed();
            }

            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            if (ok)
            {
                return true;
            }

            if (_final)
            {
                TokenType = JsonTokenType.None;
                return false;
            }

            Refill();
        }
    }

    /// <summary>
    /// Parses the following array elements with <paramref name="parser"/> and one <see cref="Utf8JsonReader"/> per
    /// buffer, refilling as needed, until an element needs the token-by-token path or the array ends; that element is
    /// left unread. Call it after the array's start (or after an element) has been read.
    /// </summary>
    /// <param name="parser">The element parser.</param>
    /// <param name="index">The next element's index; advanced past every element parsed.</param>
    public void ReadFastElements<TParser>(TParser parser, ref int index)
        where TParser : IFastElementParser
    {
        while (true)
        {
            var sliceStart = _bufferOffset + _start;
            var reader = new Utf8JsonReader(Bytes.Slice(_start, _end - _start), _final, _state);
            var checkpointState = _state;
            long checkpoint = 0;
            FastElementResult result;
            while (true)
            {
                try
                {
                    result = parser.TryParse(ref reader, this, sliceStart, index);
                }
                catch (Exception ex) when (ex is JsonException or InvalidOperationException)
                {
                    // Malformed input: the token-by-token path reads it again and reports it with its position.
                    result = FastElementResult.Slow;
                }

                if (result != FastElementResult.Parsed)
                {
                    break;
                }

                index++;
                checkpoint = reader.BytesConsumed;
                checkpointState = reader.CurrentState;
            }

            _start += (int)checkpoint;
            _state = checkpointState;
            if (result == FastElementResult.NeedMoreData && !_final)
            {
                Refill();
                continue;
            }

            return;
        }
    }

    /// <summary>The line and column of an absolute offset at or after every offset asked before.</summary>
    /// <param name="offset">The byte offset from the start of the input.</param>
    /// <returns>The position.</returns>
    public SourcePosition PositionAt(long offset)
    {
        ScanTo(offset);
        return new SourcePosition(_line, (int)(offset - _lineStart) + 1);
    }

    private void Capture(ref Utf8JsonReader reader)
    {
        _string = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                EnsureValueCapacity(reader.ValueSpan.Length);
                _valueLength = reader.CopyString(_value);
                break;
            case JsonTokenType.Number:
                EnsureValueCapacity(reader.ValueSpan.Length);
                reader.ValueSpan.CopyTo(_value);
                _valueLength = reader.ValueSpan.Length;
                _numberFits = reader.TryGetDouble(out _number) && double.IsFinite(_number);
                break;
            case JsonTokenType.String:
                // Decoded into a reused buffer: most values are ids, kinds or items that need no new string
                // (same unescaping and the same error on invalid UTF-8 as GetString).
                if (_chars.Length < reader.ValueSpan.Length)
                {
                    _chars = new char[Math.Max(reader.ValueSpan.Length, _chars.Length * 2)];
                }

                _charLength = reader.CopyString(_chars);
                break;
        }
    }

    private void EnsureValueCapacity(int length)
    {
        if (_value.Length < length)
        {
            _value = new byte[Math.Max(length, _value.Length * 2)];
        }
    }

    private void ScanTo(long offset)
    {
        while (_scanned < offset)
        {
            var from = (int)(_scanned - _bufferOffset);
            var span = Bytes.Slice(from, (int)(offset - _scanned));
            var nl = span.IndexOf((byte)'\n');
            if (nl < 0)
            {
                _scanned = offset;
                break;
            }

            _line++;
            _scanned += nl + 1;
            _lineStart = _scanned;
        }
    }

    private void Refill()
    {
        ScanTo(_bufferOffset + _start);
        var remaining = _end - _start;
        if (_start == 0 && _end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (remaining > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, remaining);
        }

        _bufferOffset += _start;
        _start = 0;
        _end = remaining;
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _final = true;
        }

        _end += read;
    }

    private void EnsureBytes(int count)
    {
        while (!_final && _end - _start < count)
        {
            Refill();
        }
    }

    /// <summary>What is wrong from the start of the token that failed, read further from the stream as far as needed.</summary>
    private JsonSyntaxException Malformed()
    {
        while (true)
        {
            if (JsonSyntax.Find(Bytes.Slice(_start, _end - _start), _state, _final) is { } problem)
            {
                var at = PositionAt(_bufferOffset + _start + problem.Offset);
                var message = problem.Kind == JsonSyntaxKind.Empty
                    ? "the file is empty: expected a chipchain/1 JSON object"
                    : "malformed JSON: " + problem.Message;
                return new JsonSyntaxException(message, at);
            }

            if (_final)
            {
                // Unreachable while the scan keeps asking for more only before the end: never loop on a finished input.
                return new JsonSyntaxException("malformed JSON", PositionAt(_bufferOffset + _start));
            }

            Refill();
        }
    }
}

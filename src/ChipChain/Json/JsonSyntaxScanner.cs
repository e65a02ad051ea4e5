using System.Text.Json;

namespace ChipChain.Json;

/// <summary>
/// Scans JSON forward from a known grammatical state to its first problem (see <see cref="JsonSyntax"/>). Offsets are
/// into the scanned bytes; a problem with a negative offset means the bytes ran out before the input did.
/// </summary>
internal ref partial struct JsonSyntaxScanner
{
    private static readonly JsonSyntaxProblem More = new(JsonSyntaxKind.Unknown, string.Empty, -1);
    private readonly ReadOnlySpan<byte> _s;
    private readonly bool _final;
    private readonly JsonReaderOptions _options;
    private readonly bool _outerInArray;
    private readonly List<bool> _open = [];
    private int _outer;
    private int _i;
    private int _comma;
    private int _nameStart;
    private int _nameEnd;

    public JsonSyntaxScanner(ReadOnlySpan<byte> bytes, bool final, JsonReaderOptions options, int nesting, bool inArray)
    {
        _s = bytes;
        _final = final;
        _options = options;
        _outer = nesting;
        _outerInArray = inArray;
    }

    /// <summary>What the grammar allows next.</summary>
    public enum Expect
    {
        Root,
        FirstValue,
        Value,
        ValueAfterColon,
        FirstName,
        Name,
        Colon,
        After,
        End,
    }

    private readonly bool InArray => _open.Count > 0 ? _open[^1] : _outerInArray;

    private readonly int Nesting => _outer + _open.Count;

    private readonly int MaxDepth => _options.MaxDepth == 0 ? 64 : _options.MaxDepth;

    public JsonSyntaxProblem Run(Expect expect)
    {
        while (true)
        {
            if (SkipTrivia() is { } trivia)
            {
                return trivia;
            }

            if (_i >= _s.Length)
            {
                return !_final ? More
                    : expect == Expect.Root ? new(JsonSyntaxKind.Empty, "the file is empty", _i)
                    : expect == Expect.End ? new(JsonSyntaxKind.Unknown, "the reader stopped at the end of the document", _i)
                    : new(JsonSyntaxKind.EndOfData, "the file ends early: expected " + Wanted(expect), _i);
            }

            var b = _s[_i];
            JsonSyntaxProblem? problem;
            switch (expect)
            {
                case Expect.Colon when b == (byte)':':
                    _i++;
                    expect = Expect.ValueAfterColon;
                    continue;
                case Expect.Colon:
                    return new(JsonSyntaxKind.MissingColon, $"expected ':' after the property name {Name()}, found {Found(_i)}", _i);
                case Expect.FirstName or Expect.Name when b == (byte)'"':
                    _nameStart = _i;
                    problem = ScanString();
                    _nameEnd = _i;
                    expect = Expect.Colon;
                    break;
                case Expect.FirstName when b == (byte)'}':
                case Expect.FirstValue when b == (byte)']':
                    problem = Close();
                    expect = AfterValue;
                    break;
                case Expect.Name when b == (byte)'}':
                case Expect.Value when b == (byte)']' && InArray:
                    if (!_options.AllowTrailingCommas)
                    {
                        return new(JsonSyntaxKind.TrailingComma, $"a trailing comma before '{(char)b}'", _comma);
                    }

                    problem = Close();
                    expect = AfterValue;
                    break;
                case Expect.FirstName or Expect.Name:
                    var or = expect == Expect.FirstName ? " or '}'" : string.Empty;
                    return new(JsonSyntaxKind.ExpectedPropertyName, $"expected a property name in double quotes{or}, found {Found(_i)}", _i);
                case Expect.After when b == (byte)',':
                    _comma = _i++;
                    expect = InArray ? Expect.Value : Expect.Name;
                    continue;
                case Expect.After when b == (InArray ? (byte)']' : (byte)'}'):
                    problem = Close();
                    expect = AfterValue;
                    break;
                case Expect.After when b is (byte)']' or (byte)'}':
                    return new(JsonSyntaxKind.MismatchedBracket, $"'{(char)b}' does not close {(InArray ? "an array" : "an object")}: expected {Wanted(expect)}", _i);
                case Expect.After:
                    var what = InArray ? "an array element" : "a property value";
                    return new(JsonSyntaxKind.MissingComma, $"expected {Wanted(expect)} after {what}, found {Found(_i)}", _i);
                case Expect.End:
                    return new(JsonSyntaxKind.ExtraData, $"expected the end of the file after the root value, found {Found(_i)}", _i);
                default:
                    problem = ScanValue(expect);
                    expect = b is (byte)'{' ? Expect.FirstName : b is (byte)'[' ? Expect.FirstValue : AfterValue;
                    break;
            }

            if (problem is { } found)
            {
                return found;
            }
        }
    }

    private readonly Expect AfterValue => Nesting == 0 ? Expect.End : Expect.After;

    private readonly string Wanted(Expect expect) => expect switch
    {
        Expect.FirstValue => "a value or ']'",
        Expect.FirstName => "a property name or '}'",
        Expect.Name => "a property name",
        Expect.Colon => "':'",
        Expect.After => InArray ? "',' or ']'" : "',' or '}'",
        _ => "a value",
    };

    private JsonSyntaxProblem? ScanValue(Expect expect)
    {
        var b = _s[_i];
        switch (b)
        {
            case (byte)'{' or (byte)'[':
                if (Nesting >= MaxDepth)
                {
                    return new(JsonSyntaxKind.Depth, $"objects and arrays nested more than {MaxDepth} deep", _i);
                }

                _open.Add(b == (byte)'[');
                _i++;
                return null;
            case (byte)'"':
                return ScanString();
            case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                return ScanNumber();
            case (byte)'t' or (byte)'f' or (byte)'n':
                return ScanLiteral();
            default:
                var after = expect == Expect.ValueAfterColon ? " after ':'" : string.Empty;
                return new(JsonSyntaxKind.ExpectedValue, $"expected a value{after}, found {Found(_i)}", _i);
        }
    }

    private JsonSyntaxProblem? Close()
    {
        _i++;
        if (_open.Count > 0)
        {
            _open.RemoveAt(_open.Count - 1);
            return null;
        }

        // Past the containers the state describes: the reader would have read this token, so it is not the problem.
        _outer--;
        return new(JsonSyntaxKind.Unknown, "the reader stopped at a closing bracket", _i - 1);
    }

    /// <summary>Skips whitespace and comments; a problem when a comment is broken or not allowed.</summary>
    private JsonSyntaxProblem? SkipTrivia()
    {
        while (_i < _s.Length)
        {
            var b = _s[_i];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                _i++;
                continue;
            }

            if (b != (byte)'/')
            {
                return null;
            }

            if (_options.CommentHandling == JsonCommentHandling.Disallow)
            {
                return new(JsonSyntaxKind.Comment, "comments are not allowed here", _i);
            }

            if (_i + 1 >= _s.Length)
            {
                return _final ? new(JsonSyntaxKind.Comment, "'/' does not start a comment ('//' or '/*')", _i) : More;
            }

            var rest = _s[(_i + 2)..];
            switch (_s[_i + 1])
            {
                case (byte)'/':
                    var newline = rest.IndexOf((byte)'\n');
                    if (newline < 0 && !_final)
                    {
                        return More;
                    }

                    _i = newline < 0 ? _s.Length : _i + 2 + newline + 1;
                    break;
                case (byte)'*':
                    var end = rest.IndexOf("*/"u8);
                    if (end < 0)
                    {
                        return _final ? new(JsonSyntaxKind.Comment, "the comment '/*' is not closed before the end of the file", _i) : More;
                    }

                    _i += 2 + end + 2;
                    break;
                default:
                    return new(JsonSyntaxKind.Comment, "'/' does not start a comment ('//' or '/*')", _i);
            }
        }

        return null;
    }
}

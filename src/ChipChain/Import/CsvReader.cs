using System.Text;
using ChipChain.IO;

namespace ChipChain.Import;

/// <summary>
/// Reads CSV (RFC 4180 with the usual liberties): comma-separated; fields in double quotes may hold commas, doubled
/// quotes and line breaks; UTF-8 with or without a byte-order mark; LF, CRLF or CR line ends. The first record is
/// the header; blank lines are skipped; every record must have as many fields as the header. Errors name the file
/// and line.
/// </summary>
internal static class CsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a CSV file of at most <see cref="InputLimits.CsvTableBytes"/> bytes.</summary>
    /// <param name="path">The file; it is also the name used in messages.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ImportException">The file is missing, a folder, unreadable, too large, not UTF-8 or malformed.</exception>
    public static CsvTable ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = InputFile.ReadAllBytes(path, InputKind.CsvTable);
        }
        catch (InputFileException ex)
        {
            throw new ImportException(path, 0, ex.Problem ?? ex.Message);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportException(path, 0, "not valid UTF-8 text");
        }

        return Read(new StringReader(text), path);
    }

    /// <summary>Reads CSV text.</summary>
    /// <param name="reader">The text; a leading byte-order mark is ignored.</param>
    /// <param name="file">The file name used in messages.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ImportException">The text is empty or malformed.</exception>
    public static CsvTable Read(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        var records = new Tokenizer(reader.ReadToEnd(), file).ReadAll();
        if (records.Count == 0)
        {
            throw new ImportException(file, 0, "the file is empty: expected a header line");
        }

        var (headerLine, header) = records[0];
        var columns = new List<string>(header.Length);
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            columns.Add(name);
            if (name.Length > 0 && !index.TryAdd(name, i))
            {
                throw new ImportException(file, headerLine, $"column '{name}' appears twice in the header");
            }
        }

        var rows = new List<CsvRow>(records.Count - 1);
        for (var r = 1; r < records.Count; r++)
        {
            var (line, values) = records[r];
            if (values.Length != header.Length)
            {
                throw new ImportException(file, line, $"{values.Length} field(s), but the header has {header.Length} column(s) (an unbalanced quote?)");
            }

            rows.Add(new CsvRow(index, values, line));
        }

        return new CsvTable(file, columns, index, rows);
    }

    /// <summary>Splits text into records; tracks physical line numbers through quoted line breaks.</summary>
    private sealed class Tokenizer(string text, string file)
    {
        private readonly StringBuilder _field = new();
        private int _pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        private int _line = 1;

        public List<(int Line, string[] Fields)> ReadAll()
        {
            var records = new List<(int, string[])>();
            var fields = new List<string>();
            while (_pos < text.Length)
            {
                if (text[_pos] is '\r' or '\n')
                {
                    EndLine();
                    continue;
                }

                var start = _line;
                fields.Clear();
                while (true)
                {
                    fields.Add(_pos < text.Length && text[_pos] == '"' ? Quoted() : Unquoted());
                    if (_pos < text.Length && text[_pos] == ',')
                    {
                        _pos++;
                        continue;
                    }

                    if (_pos < text.Length)
                    {
                        EndLine();
                    }

                    break;
                }

                records.Add((start, [.. fields]));
            }

            return records;
        }

        private string Unquoted()
        {
            var start = _pos;
            while (_pos < text.Length && text[_pos] is not (',' or '\r' or '\n'))
            {
                _pos++;
            }

            return text[start.._pos];
        }

        private string Quoted()
        {
            var opened = _line;
            _pos++;
            _field.Clear();
            while (true)
            {
                if (_pos >= text.Length)
                {
                    throw new ImportException(file, opened, "a quoted field is never closed (missing '\"')");
                }

                var c = text[_pos];
                if (c == '"')
                {
                    if (_pos + 1 < text.Length && text[_pos + 1] == '"')
                    {
                        _field.Append('"');
                        _pos += 2;
                        continue;
                    }

                    _pos++;
                    break;
                }

                if (c is '\r' or '\n')
                {
                    // A line break inside quotes is part of the value; CRLF and CR become LF so that LF and CRLF
                    // files give the same values.
                    EndLine();
                    _field.Append('\n');
                    continue;
                }

                _field.Append(c);
                _pos++;
            }

            if (_pos < text.Length && text[_pos] is not (',' or '\r' or '\n'))
            {
                throw new ImportException(file, _line, $"unexpected '{text[_pos]}' after a closing quote (a quote inside a quoted field must be doubled)");
            }

            return _field.ToString();
        }

        private void EndLine()
        {
            _pos += text[_pos] == '\r' && _pos + 1 < text.Length && text[_pos + 1] == '\n' ? 2 : 1;
            _line++;
        }
    }
}

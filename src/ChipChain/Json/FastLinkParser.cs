using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// The fast path for ordinary links: known properties, each once, of the right types and values, both ends naming
/// nodes already read. Produces exactly the link <see cref="ElementParser.ParseLink"/> would; anything else goes there.
/// Reads the node table and list only, so several can run at once over different chunks of the links array.
/// </summary>
/// <param name="strings">The string pool for items and source ids.</param>
/// <param name="document">The document whose nodes the ends name.</param>
/// <param name="target">Where links go; null for the document's current chunk.</param>
/// <param name="input">The whole input, when chunks of it are parsed in parallel: link ends are then looked up in batches
/// when the chunk is done (<see cref="Finish"/>), by their offsets in it.</param>
internal sealed class FastLinkParser(StringPool strings, ParsedDocument document, LinkChunk? target = null, ReadOnlyMemory<byte>? input = null) : IFastElementParser
{
    private readonly List<(int Offset, int Length)> _pending = [];
    private readonly TextBuffer _text = new();
    private byte[] _bytes = new byte[256];
    private LastId _lastSupplier = new();
    private LastId _lastConsumer = new();

    public FastElementResult TryParse(ref Utf8JsonReader reader, IPositionSource positions, long sliceStart, int index)
    {
        var tokens = new ReaderTokens(reader);
        var result = Parse(ref tokens, positions, sliceStart, index);
        reader = tokens.Reader;
        return result;
    }

    public FastElementResult TryParse(ref FlatObjectScanner scanner, IPositionSource positions, long sliceStart, int index) =>
        Parse(ref scanner, positions, sliceStart, index);

    private FastElementResult Parse<T>(ref T reader, IPositionSource positions, long sliceStart, int index)
        where T : IJsonTokens, allows ref struct
    {
        if (!reader.Read())
        {
            return FastElementResult.NeedMoreData;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return FastElementResult.Slow;
        }

        var start = sliceStart + reader.TokenStartIndex;
        string? item = null, note = null, source = null;
        int supplierIndex = -1, consumerIndex = -1;
        double? share = null, capacity = null;
        int? inventory = null;
        var seen = 0;
        while (true)
        {
            if (FastProperty.Next(ref reader, out var name) is { } step)
            {
                if (step == FastElementResult.Parsed)
                {
                    break;
                }

                return step;
            }

            var (bit, ok) = name switch
            {
                _ when name.SequenceEqual("supplier"u8) => (1, NodeId(ref reader, sliceStart, ref _lastSupplier, out supplierIndex)),
                _ when name.SequenceEqual("consumer"u8) => (2, NodeId(ref reader, sliceStart, ref _lastConsumer, out consumerIndex)),
                _ when name.SequenceEqual("item"u8) => (4, _text.TryInterned(ref reader, strings, out item)),
                _ when name.SequenceEqual("share"u8) => (8, TextBuffer.TryNumber(ref reader, 1, out share)),
                _ when name.SequenceEqual("capacity"u8) => (16, TextBuffer.TryNumber(ref reader, double.PositiveInfinity, out capacity)),
                _ when name.SequenceEqual("note"u8) => (32, TextBuffer.TryString(ref reader, out note)),
                _ when name.SequenceEqual("source"u8) => (64, _text.TryInterned(ref reader, strings, out source)),
                _ when name.SequenceEqual("inventoryWeeks"u8) => (128, TextBuffer.TryWeeks(ref reader, 0, out inventory)),
                _ => (0, false),
            };

            // A repeated property is an error the token-by-token path reports.
            if (!ok || (seen & bit) != 0)
            {
                return FastElementResult.Slow;
            }

            seen |= bit;
        }

        // -1: no such node. Pending ends (-2, -3, …) are checked when they are resolved (Finish).
        if (supplierIndex == -1 || consumerIndex == -1 || (supplierIndex >= 0 && supplierIndex == consumerIndex))
        {
            return FastElementResult.Slow;
        }

        var position = positions.PositionAt(start);
        var links = target ?? document.Links;
        if (links.IsFull)
        {
            return FastElementResult.Slow;
        }

        if (note is null && capacity is null && source is null && inventory is null)
        {
            links.Add(supplierIndex, consumerIndex, item, share ?? double.NaN, position);
        }
        else
        {
            // A link with more than the common fields is kept whole and names its ends: resolve them now.
            supplierIndex = ResolveNow(supplierIndex);
            consumerIndex = ResolveNow(consumerIndex);
            if (supplierIndex < 0 || consumerIndex < 0 || supplierIndex == consumerIndex)
            {
                return FastElementResult.Slow;
            }

            var link = new Link(document.Nodes.IdOf(supplierIndex), document.Nodes.IdOf(consumerIndex))
            {
                Item = item,
                Share = share,
                Capacity = capacity,
                InventoryWeeks = inventory,
                Note = note,
                Source = source,
                UnknownProperties = ElementParser.EmptyBag,
                Position = position,
            };
            links.Add(link, index, supplierIndex, consumerIndex);
        }

        return FastElementResult.Parsed;
    }

    /// <summary>
    /// A link end naming a node already read: its index, looked up by the id's UTF-8 bytes. Files usually list a
    /// consumer's links together, so the previous link's end is tried before the table (one comparison instead of a
    /// probe into a million-entry table, which costs cache misses).
    /// </summary>
    /// <summary>
    /// Resolves every link end left pending in this chunk, a batch at a time: the slots of a batch are read first so
    /// that their cache misses overlap (on a million-node graph each lookup is a miss in a table of tens of MB).
    /// </summary>
    public bool Finish()
    {
        if (_pending.Count == 0 || input is null || target is null)
        {
            return true;
        }

        var ids = document.Ids;
        var bytes = input.Value.Span;
        var resolved = new int[_pending.Count];
        Span<NodeIdTable.Slot> probes = new NodeIdTable.Slot[NodeIdTable.Batch];
        for (var from = 0; from < _pending.Count; from += NodeIdTable.Batch)
        {
            var count = Math.Min(NodeIdTable.Batch, _pending.Count - from);
            for (var i = 0; i < count; i++)
            {
                var (offset, length) = _pending[from + i];
                probes[i] = NodeIdTable.Probe(bytes.Slice(offset, length));
            }

            ids.Touch(probes[..count]);

            for (var i = 0; i < count; i++)
            {
                var (offset, length) = _pending[from + i];
                resolved[from + i] = ids.IndexOf(probes[i], bytes.Slice(offset, length));
            }
        }

        _pending.Clear();
        return target.Resolve(resolved);
    }

    private int ResolveNow(int code)
    {
        if (code >= -1)
        {
            return code;
        }

        var (offset, length) = _pending[-code - 2];
        return document.Ids.IndexOf(input!.Value.Span.Slice(offset, length));
    }

    private bool NodeId<T>(ref T reader, long sliceStart, ref LastId last, out int index)
        where T : IJsonTokens, allows ref struct
    {
        index = -1;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        ReadOnlySpan<byte> id;
        if (reader.ValueIsEscaped)
        {
            if (_bytes.Length < reader.ValueSpan.Length)
            {
                _bytes = new byte[Math.Max(reader.ValueSpan.Length, _bytes.Length * 2)];
            }

            id = _bytes.AsSpan(0, reader.CopyString(_bytes));
        }
        else
        {
            // Unvalidated bytes are fine here: ids in the table are valid UTF-8, so invalid bytes simply miss and
            // the token-by-token path reports them.
            id = reader.ValueSpan;
        }

        if (last.Matches(id))
        {
            index = last.Index;
            return true;
        }

        if (input is not null && target is not null && !reader.ValueIsEscaped)
        {
            // Parallel chunks over the whole input: note where the id is and look it up with the chunk's batch.
            index = -_pending.Count - 2;
            _pending.Add(((int)(sliceStart + reader.TokenStartIndex + 1), id.Length));
            last.Set(id, index);
            return true;
        }

        index = document.Ids.IndexOf(id);
        if (index < 0)
        {
            return false;
        }

        last.Set(id, index);
        return true;
    }

    /// <summary>
    /// The id the previous link named at this end, kept beside the parser: links often repeat a consumer or supplier,
    /// and comparing with a local copy spares a look into the id table, which on a large graph is a cache miss.
    /// </summary>
    private struct LastId()
    {
        private readonly byte[] _key = new byte[64];
        private int _length = -1;

        public int Index { get; private set; } = -1;

        public readonly bool Matches(ReadOnlySpan<byte> id) => _length == id.Length && id.SequenceEqual(_key.AsSpan(0, _length));

        public void Set(ReadOnlySpan<byte> id, int index)
        {
            _length = id.Length <= _key.Length ? id.Length : -1;
            if (_length >= 0)
            {
                id.CopyTo(_key);
            }

            Index = index;
        }
    }
}

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
internal sealed class FastLinkParser(StringPool strings, ParsedDocument document, LinkChunk? target = null) : IFastElementParser
{
    private readonly TextBuffer _text = new();
    private byte[] _bytes = new byte[256];
    private int _lastSupplier = -1;
    private int _lastConsumer = -1;

    public FastElementResult TryParse(ref Utf8JsonReader reader, IPositionSource positions, long sliceStart, int index)
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
                _ when name.SequenceEqual("supplier"u8) => (1, NodeId(ref reader, ref _lastSupplier, out supplierIndex)),
                _ when name.SequenceEqual("consumer"u8) => (2, NodeId(ref reader, ref _lastConsumer, out consumerIndex)),
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

        if (supplierIndex < 0 || consumerIndex < 0 || supplierIndex == consumerIndex)
        {
            return FastElementResult.Slow;
        }

        var position = positions.PositionAt(start);
        var links = target ?? document.Links;
        if (note is null && capacity is null && source is null && inventory is null)
        {
            links.Add(supplierIndex, consumerIndex, item, share ?? double.NaN, position);
        }
        else
        {
            var link = new Link(document.Nodes[supplierIndex].Id, document.Nodes[consumerIndex].Id)
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
    private bool NodeId(ref Utf8JsonReader reader, ref int last, out int index)
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

        if (last >= 0 && document.Ids.KeyOf(last).SequenceEqual(id))
        {
            index = last;
            return true;
        }

        index = document.Ids.IndexOf(id);
        if (index < 0)
        {
            return false;
        }

        last = index;
        return true;
    }
}

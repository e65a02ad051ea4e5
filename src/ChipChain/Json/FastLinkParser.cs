using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// The fast path for ordinary links: known properties of the right types and values, both ends naming nodes
/// already read. Produces exactly the link <see cref="ElementParser.ParseLink"/> would; anything else goes there.
/// </summary>
internal sealed class FastLinkParser(ParseContext context, ParsedDocument document) : IFastElementParser
{
    private readonly TextBuffer _text = new();
    private NodeRef _lastSupplier = new(null, -1);
    private NodeRef _lastConsumer = new(null, -1);

    public FastElementResult TryParse(ref Utf8JsonReader reader, JsonTokenReader tokens, long sliceStart, int index)
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
        string? supplier = null, consumer = null, item = null, note = null, source = null;
        int supplierIndex = -1, consumerIndex = -1;
        double? share = null, capacity = null;
        while (true)
        {
            if (!reader.Read())
            {
                return FastElementResult.NeedMoreData;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (reader.ValueIsEscaped)
            {
                return FastElementResult.Slow;
            }

            var name = reader.ValueSpan;
            if (!reader.Read())
            {
                return FastElementResult.NeedMoreData;
            }

            var ok = name switch
            {
                _ when name.SequenceEqual("supplier"u8) => NodeId(ref reader, ref _lastSupplier, out supplier, out supplierIndex),
                _ when name.SequenceEqual("consumer"u8) => NodeId(ref reader, ref _lastConsumer, out consumer, out consumerIndex),
                _ when name.SequenceEqual("item"u8) => _text.TryInterned(ref reader, context, out item),
                _ when name.SequenceEqual("share"u8) => TextBuffer.TryNumber(ref reader, 1, out share),
                _ when name.SequenceEqual("capacity"u8) => TextBuffer.TryNumber(ref reader, double.PositiveInfinity, out capacity),
                _ when name.SequenceEqual("note"u8) => TextBuffer.TryString(ref reader, out note),
                _ when name.SequenceEqual("source"u8) => _text.TryInterned(ref reader, context, out source),
                _ => false,
            };
            if (!ok)
            {
                return FastElementResult.Slow;
            }
        }

        if (supplier is null || consumer is null || supplierIndex == consumerIndex)
        {
            return FastElementResult.Slow;
        }

        var position = tokens.PositionAt(start);
        if (note is null && capacity is null && source is null)
        {
            document.Add(supplierIndex, consumerIndex, item, share ?? double.NaN, position);
        }
        else
        {
            var link = new Link(supplier, consumer)
            {
                Item = item,
                Share = share,
                Capacity = capacity,
                Note = note,
                Source = source,
                UnknownProperties = ElementParser.EmptyBag,
                Position = position,
            };
            document.Add(link, index, supplierIndex, consumerIndex);
        }

        return FastElementResult.Parsed;
    }

    /// <summary>
    /// A link end naming a node already read: its own id string and index. Files usually list a consumer's links
    /// together, so the previous link's end is tried before the index (a hash lookup in a million-entry table is
    /// a few cache misses; this is one comparison).
    /// </summary>
    private bool NodeId(ref Utf8JsonReader reader, ref NodeRef last, out string? id, out int index)
    {
        id = null;
        index = -1;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        var chars = _text.Chars(ref reader);
        if (last.Id is not null && chars.SequenceEqual(last.Id))
        {
            (id, index) = last;
            return true;
        }

        if (!document.IdLookup.TryGetValue(chars, out id, out index))
        {
            return false;
        }

        last = new NodeRef(id, index);
        return true;
    }

    private readonly record struct NodeRef(string? Id, int Index);
}

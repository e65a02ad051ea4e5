using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>Parses one node, link or source object of the <c>chipchain/1</c> format, reporting every bad field.</summary>
internal static class ElementParser
{
    /// <summary>Parses a node; <paramref name="idAt"/> is where its id value starts (for a duplicate id's message).</summary>
    public static Node? ParseNode(ParseContext context, int index, out SourcePosition? idAt)
    {
        idAt = null;
        var r = context.Reader;
        var path = new ElementPath("nodes", index);
        var at = r.Position;
        if (!ExpectObject(context, path, "a node object"))
        {
            return null;
        }

        string? id = null, name = null, kind = null, country = null, unit = null;
        var requires = Requirement.All;
        double? capacity = null, probability = null;
        bool? canFail = null;
        int? recovery = null;
        IReadOnlyList<string> tags = [];
        IReadOnlyDictionary<string, JsonElement>? attributes = null;
        Dictionary<string, JsonElement>? unknown = null;
        context.ElementNames.Clear();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (context.Repeated(context.ElementNames, path))
            {
                continue;
            }

            if (r.NameIs("id"u8)) { context.NextValue(); idAt = r.Position; id = context.String(path, "id"); }
            else if (r.NameIs("name"u8)) { context.NextValue(); name = context.String(path, "name"); }
            else if (r.NameIs("kind"u8)) { context.NextValue(); kind = context.Interned(path, "kind"); }
            else if (r.NameIs("country"u8)) { context.NextValue(); country = context.Interned(path, "country"); }
            else if (r.NameIs("unit"u8)) { context.NextValue(); unit = context.Interned(path, "unit"); }
            else if (r.NameIs("capacity"u8)) { context.NextValue(); capacity = context.Number(path, "capacity", 0, double.PositiveInfinity, "capacity"); }
            else if (r.NameIs("failureProbability"u8)) { context.NextValue(); probability = context.Number(path, "failureProbability", 0, 1, "failureProbability"); }
            else if (r.NameIs("canFail"u8)) { context.NextValue(); canFail = context.Boolean(path, "canFail"); }
            else if (r.NameIs("recoveryWeeks"u8)) { context.NextValue(); recovery = Weeks(context, path, "recoveryWeeks", 1); }
            else if (r.NameIs("tags"u8)) { context.NextValue(); tags = context.StringArray(path.Of("tags")); }
            else if (r.NameIs("attributes"u8)) { context.NextValue(); attributes = context.FreeObject(path.Of("attributes")); }
            else if (r.NameIs("requires"u8))
            {
                context.NextValue();
                var where = r.Position;
                switch (context.Interned(path, "requires"))
                {
                    case null or "all": requires = Requirement.All; break;
                    case "any": requires = Requirement.Any; break;
                    case var other: context.Error($"requires must be \"all\" or \"any\", found \"{ParseContext.Quote(other)}\"", path.Of("requires"), where); break;
                }
            }
            else
            {
                var unknownName = r.PropertyName;
                context.NextValue();
                ParseContext.KeepUnknown(ref unknown, unknownName, r);
            }
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            context.Error("node has no id (expected a non-empty string)", path.Of("id"), at);
            return null;
        }

        return new Node(id)
        {
            Name = name,
            Kind = kind,
            Country = country,
            Requires = requires,
            Capacity = capacity,
            Unit = unit,
            FailureProbability = probability,
            CanFail = canFail,
            RecoveryWeeks = recovery,
            Tags = tags,
            Attributes = attributes ?? EmptyBag,
            UnknownProperties = unknown ?? EmptyBag,
            Position = at,
        };
    }

    /// <summary>Parses a link and adds it to <paramref name="document"/> when it is valid.</summary>
    public static void ParseLink(ParseContext context, ParsedDocument document, int index)
    {
        var r = context.Reader;
        var path = new ElementPath("links", index);
        var at = r.Position;
        if (!ExpectObject(context, path, "a link object"))
        {
            return;
        }

        string? supplier = null, consumer = null, item = null, note = null, source = null;
        int supplierIndex = -1, consumerIndex = -1;
        SourcePosition supplierAt = default, consumerAt = default;
        double? share = null, capacity = null;
        int? inventory = null;
        var valid = true;
        Dictionary<string, JsonElement>? unknown = null;
        context.ElementNames.Clear();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (context.Repeated(context.ElementNames, path))
            {
                continue;
            }

            if (r.NameIs("supplier"u8)) { context.NextValue(); supplier = NodeId(context, document, path, "supplier", out supplierIndex, out supplierAt); }
            else if (r.NameIs("consumer"u8)) { context.NextValue(); consumer = NodeId(context, document, path, "consumer", out consumerIndex, out consumerAt); }
            else if (r.NameIs("item"u8)) { context.NextValue(); item = context.Interned(path, "item"); }
            else if (r.NameIs("note"u8)) { context.NextValue(); note = context.String(path, "note"); }
            else if (r.NameIs("source"u8)) { context.NextValue(); source = context.Interned(path, "source"); }
            else if (r.NameIs("share"u8))
            {
                context.NextValue();
                share = context.Number(path, "share", 0, 1, "share");
                valid &= share is not null || r.TokenType == JsonTokenType.Null;
            }
            else if (r.NameIs("capacity"u8)) { context.NextValue(); capacity = context.Number(path, "capacity", 0, double.PositiveInfinity, "capacity"); }
            else if (r.NameIs("inventoryWeeks"u8)) { context.NextValue(); inventory = Weeks(context, path, "inventoryWeeks", 0); }
            else
            {
                var unknownName = r.PropertyName;
                context.NextValue();
                ParseContext.KeepUnknown(ref unknown, unknownName, r);
            }
        }

        if (string.IsNullOrWhiteSpace(supplier))
        {
            context.Error("link has no supplier (expected a node id)", path.Of("supplier"), at);
            valid = false;
        }

        if (string.IsNullOrWhiteSpace(consumer))
        {
            context.Error("link has no consumer (expected a node id)", path.Of("consumer"), at);
            valid = false;
        }

        if (valid && string.Equals(supplier, consumer, StringComparison.Ordinal))
        {
            context.Error($"self-link: node '{ParseContext.Quote(supplier)}' cannot supply itself", path.ToString(), at);
            valid = false;
        }

        if (!valid)
        {
            return;
        }

        var link = new Link(supplier!, consumer!)
        {
            Item = item,
            Share = share,
            Capacity = capacity,
            InventoryWeeks = inventory,
            Note = note,
            Source = source,
            UnknownProperties = unknown ?? EmptyBag,
            Position = at,
        };
        document.Links.Add(link, index, supplierIndex, consumerIndex, supplierAt, consumerAt);
    }

    /// <summary>A whole number of weeks in [min, <see cref="Node.MaxWeeks"/>]; reports and returns null otherwise.</summary>
    private static int? Weeks(ParseContext context, in ElementPath path, string field, int min)
    {
        var where = context.Reader.Position;
        var value = context.Number(path, field, min, Node.MaxWeeks, field);
        if (value is { } v && v != Math.Floor(v))
        {
            context.Error($"{field} must be a whole number of weeks, found {v.ToString(System.Globalization.CultureInfo.InvariantCulture)}", path.Of(field), where);
            return null;
        }

        return value is { } weeks ? (int)weeks : null;
    }

    /// <summary>
    /// Reads a link end: a known node's own id string and index (no new string per link), or, for an id not (yet)
    /// defined, a new string and -1 so the reference checks resolve or report it, with <paramref name="at"/> the value's
    /// position for their message.
    /// </summary>
    private static string? NodeId(ParseContext context, ParsedDocument document, in ElementPath path, string field, out int index, out SourcePosition at)
    {
        at = default;
        if (context.Reader.TokenType == JsonTokenType.String && document.IndexOf(context.Reader.StringSpan) is var known and >= 0)
        {
            index = known;
            return document.Nodes.IdOf(known);
        }

        index = -1;
        at = context.Reader.Position;
        return context.String(path, field);
    }

    public static SourceReference? ParseSource(ParseContext context, int index)
    {
        var r = context.Reader;
        var path = new ElementPath("sources", index);
        var at = r.Position;
        if (!ExpectObject(context, path, "a source object"))
        {
            return null;
        }

        string? id = null, title = null, url = null;
        Dictionary<string, JsonElement>? unknown = null;
        context.ElementNames.Clear();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (context.Repeated(context.ElementNames, path))
            {
                continue;
            }

            if (r.NameIs("id"u8)) { context.NextValue(); id = context.String(path, "id"); }
            else if (r.NameIs("title"u8)) { context.NextValue(); title = context.String(path, "title"); }
            else if (r.NameIs("url"u8)) { context.NextValue(); url = context.String(path, "url"); }
            else
            {
                var unknownName = r.PropertyName;
                context.NextValue();
                ParseContext.KeepUnknown(ref unknown, unknownName, r);
            }
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            context.Error("source has no id (expected a non-empty string)", path.Of("id"), at);
            return null;
        }

        return new SourceReference(id) { Title = title, Url = url, UnknownProperties = unknown ?? EmptyBag };
    }

    public static IReadOnlyDictionary<string, JsonElement> EmptyBag { get; } = new Dictionary<string, JsonElement>();

    private static bool ExpectObject(ParseContext context, in ElementPath path, string what)
    {
        if (context.Reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        context.Error($"expected {what}, found {ParseContext.Describe(context.Reader.TokenType)}", path.ToString(), context.Reader.Position);
        context.Reader.Skip();
        return false;
    }
}

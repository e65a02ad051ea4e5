using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>Parses a whole <c>chipchain/1</c> document, collecting every problem rather than stopping at the first.</summary>
internal static class DocumentParser
{
    public const string FormatName = "chipchain/1";

    public static ParsedDocument Parse(ParseContext context)
    {
        var r = context.Reader;
        var document = new ParsedDocument();
        if (!r.Read() || r.TokenType != JsonTokenType.StartObject)
        {
            context.Error($"expected a {FormatName} JSON object at the top level, found {ParseContext.Describe(r.TokenType)}", "$", r.Position);
            return document;
        }

        var top = r.Position;
        bool sawFormat = false, sawNodes = false, sawLinks = false;
        string? name = null, description = null;
        var sources = new List<SourceReference>();
        Dictionary<string, JsonElement>? unknown = null;
        var names = new PropertyNames();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (context.Repeated(names, "$"))
            {
                continue;
            }

            if (r.NameIs("format"u8))
            {
                sawFormat = true;
                context.NextValue();
                var at = r.Position;
                if (r.TokenType != JsonTokenType.String)
                {
                    context.Error($"expected \"format\" as the string \"{FormatName}\", found {ParseContext.Describe(r.TokenType)}", "$.format", at);
                    r.Skip();
                }
                else if (!string.Equals(r.StringValue, FormatName, StringComparison.Ordinal))
                {
                    context.Error($"unsupported format \"{ParseContext.Quote(r.StringValue)}\": expected \"{FormatName}\"", "$.format", at);
                }
            }
            else if (r.NameIs("name"u8)) { context.NextValue(); name = context.String("$.name"); }
            else if (r.NameIs("description"u8)) { context.NextValue(); description = context.String("$.description"); }
            else if (r.NameIs("sources"u8))
            {
                context.NextValue();
                ReadArray(context, "$.sources", i =>
                {
                    if (ElementParser.ParseSource(context, i) is { } source)
                    {
                        sources.Add(source);
                    }
                });
            }
            else if (r.NameIs("nodes"u8))
            {
                sawNodes = true;
                context.NextValue();
                if (ParallelElements.TryReadNodes(context, document))
                {
                    r.Read();
                    continue;
                }

                ReadArray(context, "$.nodes", new FastNodeParser(context.Strings, document), i =>
                {
                    if (ElementParser.ParseNode(context, i, out var idAt) is { } node && !document.Add(node, i) && idAt is { } at)
                    {
                        document.ValuePositions[ParsedDocument.ValuePath("nodes", i, "id")] = at;
                    }
                });
            }
            else if (r.NameIs("links"u8))
            {
                sawLinks = true;
                context.NextValue();
                // Links name nodes: only when every node is read can the links be read in any order.
                if (sawNodes && ParallelElements.TryReadLinks(context, document))
                {
                    r.Read();
                    continue;
                }

                ReadArray(context, "$.links", new FastLinkParser(context.Strings, document), i => ElementParser.ParseLink(context, document, i));
            }
            else
            {
                var unknownName = r.PropertyName;
                context.NextValue();
                ParseContext.KeepUnknown(ref unknown, unknownName, r);
            }
        }

        if (r.Read())
        {
            context.Error("unexpected content after the top-level object", "$", r.Position);
        }

        document.MergeLinks();
        RequireProperty(context, sawFormat, "format", $"\"{FormatName}\"", top);
        RequireProperty(context, sawNodes, "nodes", "an array of nodes", top);
        RequireProperty(context, sawLinks, "links", "an array of links", top);
        document.Metadata = new GraphMetadata
        {
            Name = name,
            Description = description,
            Sources = sources,
            UnknownProperties = (IReadOnlyDictionary<string, JsonElement>?)unknown ?? new Dictionary<string, JsonElement>(),
        };
        return document;
    }

    private static void RequireProperty(ParseContext context, bool seen, string name, string expected, SourcePosition at)
    {
        if (!seen)
        {
            context.Error($"missing required property \"{name}\" (expected {expected})", "$." + name, at);
        }
    }

    /// <summary>
    /// Reads an array of nodes or links: ordinary elements through <paramref name="fast"/>, any other element (and
    /// every error) through <paramref name="element"/>, token by token.
    /// </summary>
    private static void ReadArray<TFast>(ParseContext context, string path, TFast fast, Action<int> element)
        where TFast : IFastElementParser
    {
        var r = context.Reader;
        if (r.TokenType != JsonTokenType.StartArray || !context.UseFastPath)
        {
            ReadArray(context, path, element);
            return;
        }

        var index = 0;
        while (true)
        {
            r.ReadFastElements(fast, ref index);
            if (!r.Read() || r.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            element(index++);
        }
    }

    /// <summary>Reads an array, calling <paramref name="element"/> on each element's first token with its index.</summary>
    private static void ReadArray(ParseContext context, string path, Action<int> element)
    {
        var r = context.Reader;
        if (r.TokenType != JsonTokenType.StartArray)
        {
            context.Error($"expected an array, found {ParseContext.Describe(r.TokenType)}", path, r.Position);
            r.Skip();
            return;
        }

        var index = 0;
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            element(index++);
        }
    }
}

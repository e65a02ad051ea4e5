using System.Globalization;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>Graph-level errors: duplicate node ids and links naming unknown nodes. Resolves link ends read before their nodes.</summary>
internal static class ReferenceChecks
{
    private const int MaxSuggestions = 20;

    public static void Run(ParseContext context, ParsedDocument document)
    {
        foreach (var (node, fileIndex) in document.Duplicates)
        {
            var first = document.Nodes.PositionOf(document.IndexOf(node.Id));
            var firstAt = first != default ? string.Create(CultureInfo.InvariantCulture, $" (first defined at line {first.Line})") : string.Empty;
            context.Error($"duplicate node id '{ParseContext.Quote(node.Id)}'{firstAt}", IdPath(fileIndex), document.ValuePositions.TryGetValue(IdPath(fileIndex), out var idAt) ? idAt : node.Position);
        }

        var suppliers = document.LinkSupplier;
        var consumers = document.LinkConsumer;

        // Suggestions search every id, so only the first few unknown ends get one (a file of typos stays fast).
        var suggestions = 0;
        string[]? ids = null;
        string Hint(string unknown) => ++suggestions <= MaxSuggestions && NearestIds.Suggest(ids ??= document.Nodes.Ids(), unknown) is { } near
            ? $"; did you mean '{ParseContext.Quote(near)}'?"
            : string.Empty;

        // Only links kept whole can have an unresolved end: ordinary ones were read with both ends known.
        foreach (var (l, link, fileIndex, supplierAt, consumerAt) in document.WholeLinks)
        {
            if (suppliers[l] < 0)
            {
                if (document.IndexOf(link.Supplier) is var s and >= 0)
                {
                    suppliers[l] = s;
                }
                else
                {
                    context.Error($"unknown supplier '{ParseContext.Quote(link.Supplier)}': no node has this id{Hint(link.Supplier)}", End(fileIndex, "supplier"), supplierAt == default ? link.Position : supplierAt);
                }
            }

            if (consumers[l] < 0)
            {
                if (document.IndexOf(link.Consumer) is var c and >= 0)
                {
                    consumers[l] = c;
                }
                else
                {
                    context.Error($"unknown consumer '{ParseContext.Quote(link.Consumer)}': no node has this id{Hint(link.Consumer)}", End(fileIndex, "consumer"), consumerAt == default ? link.Position : consumerAt);
                }
            }
        }
    }

    private static string IdPath(int fileIndex) => ParsedDocument.ValuePath("nodes", fileIndex, "id");

    private static string End(int fileIndex, string field) => ParsedDocument.ValuePath("links", fileIndex, field);
}

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
            var first = document.Nodes[document.IndexOf(node.Id)];
            var firstAt = first.Position is { } p ? string.Create(CultureInfo.InvariantCulture, $" (first defined at line {p.Line})") : string.Empty;
            context.Error($"duplicate node id '{ParseContext.Quote(node.Id)}'{firstAt}", IdPath(fileIndex), At(IdPath(fileIndex), node.Position));
        }

        var suppliers = document.LinkSupplier;
        var consumers = document.LinkConsumer;

        // Suggestions search every id, so only the first few unknown ends get one (a file of typos stays fast).
        var suggestions = 0;
        string Hint(string unknown) => ++suggestions <= MaxSuggestions && NearestIds.Suggest(document.Nodes.Select(n => n.Id).ToList(), unknown) is { } near
            ? $"; did you mean '{ParseContext.Quote(near)}'?"
            : string.Empty;

        // Only links kept whole can have an unresolved end: ordinary ones were read with both ends known.
        foreach (var (l, link, fileIndex) in document.WholeLinks)
        {
            if (suppliers[l] < 0)
            {
                if (document.IndexOf(link.Supplier) is var s and >= 0)
                {
                    suppliers[l] = s;
                }
                else
                {
                    context.Error($"unknown supplier '{ParseContext.Quote(link.Supplier)}': no node has this id{Hint(link.Supplier)}", End(fileIndex, "supplier"), At(End(fileIndex, "supplier"), link.Position));
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
                    context.Error($"unknown consumer '{ParseContext.Quote(link.Consumer)}': no node has this id{Hint(link.Consumer)}", End(fileIndex, "consumer"), At(End(fileIndex, "consumer"), link.Position));
                }
            }
        }

        // The value's own position when the reader kept it; the element's brace otherwise.
        SourcePosition? At(string path, SourcePosition? element) =>
            document.ValuePositions.TryGetValue(path, out var value) ? value : element;
    }

    private static string IdPath(int fileIndex) => ParsedDocument.ValuePath("nodes", fileIndex, "id");

    private static string End(int fileIndex, string field) => ParsedDocument.ValuePath("links", fileIndex, field);
}

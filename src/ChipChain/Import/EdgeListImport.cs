using System.Globalization;
using ChipChain.Model;

namespace ChipChain.Import;

/// <summary>
/// Imports a CSV edge list: one link per row with columns <c>supplier</c>, <c>consumer</c> (required), <c>item</c>,
/// <c>share</c> (a fraction such as <c>0.57</c> or a percentage such as <c>57%</c>) and <c>note</c>, plus optional
/// node columns <c>supplier_name</c>, <c>supplier_kind</c>, <c>supplier_country</c> and the same for <c>consumer_</c>.
/// Nodes are created from the ids; a node's first non-empty name, kind and country win (a conflict is a warning).
/// Countries become ISO 3166-1 alpha-2 codes: alpha-3 codes and English names are converted (<c>NLD</c>, <c>Taiwan</c>).
/// Nodes are ordered by id (numbers by value), links keep the file order.
/// </summary>
internal static class EdgeListImport
{
    private static readonly string[] NodeFields = ["name", "kind", "country"];

    /// <summary>Imports an edge-list file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The graph and the warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="SupplyGraphException">The file is missing or malformed, a required column is absent, an id is empty, a share is invalid or a row links a node to itself.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportResult Run(string path) => Run(CsvReader.ReadFile(path));

    /// <summary>Imports an edge list that has been read.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The graph and the warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="SupplyGraphException">A required column is absent, an id is empty, a share is invalid or a row links a node to itself.</exception>
    internal static ImportResult Run(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.Require("supplier", "consumer");
        var warnings = new List<ImportWarning>();
        var nodes = new Dictionary<string, Dictionary<string, (string Value, int Line)>>(StringComparer.Ordinal);
        var links = new List<Link>();
        var seen = new HashSet<(string, string, string?)>();
        foreach (var row in table.Rows)
        {
            var supplier = Id(table, row, "supplier");
            var consumer = Id(table, row, "consumer");
            if (supplier == consumer)
            {
                throw new ImportException(table.File, row.Line, $"'{supplier}' supplies itself");
            }

            Remember(table, row, nodes, supplier, "supplier_", warnings);
            Remember(table, row, nodes, consumer, "consumer_", warnings);
            var item = row.GetOrNull("item");
            if (!seen.Add((supplier, consumer, item)))
            {
                warnings.Add(new ImportWarning(table.File, row.Line, $"link {supplier} -> {consumer}{(item is null ? string.Empty : $" ({item})")} is given twice; row skipped"));
                continue;
            }

            links.Add(new Link(supplier, consumer) { Item = item, Share = Share(table, row), Note = row.GetOrNull("note") });
        }

        var builder = new SupplyGraphBuilder
        {
            Metadata = new GraphMetadata
            {
                Name = Path.GetFileNameWithoutExtension(table.File),
                Description = $"Imported from the edge list {Path.GetFileName(table.File)}.",
            },
        };
        foreach (var (id, fields) in nodes.OrderBy(n => n.Key, NaturalIdComparer.Instance))
        {
            builder.AddNode(new Node(id)
            {
                Name = fields.TryGetValue("name", out var name) ? name.Value : null,
                Kind = fields.TryGetValue("kind", out var kind) ? kind.Value : null,
                Country = fields.TryGetValue("country", out var country) ? country.Value : null,
            });
        }

        links.ForEach(l => builder.AddLink(l));
        return new ImportResult(builder.Build(), warnings);
    }

    private static void Remember(CsvTable table, CsvRow row, Dictionary<string, Dictionary<string, (string, int)>> nodes, string id, string prefix, List<ImportWarning> warnings)
    {
        if (!nodes.TryGetValue(id, out var fields))
        {
            nodes[id] = fields = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        }

        foreach (var field in NodeFields)
        {
            if (row.GetOrNull(prefix + field) is not { } value)
            {
                continue;
            }

            if (field == "country")
            {
                value = Country(table, row, prefix, value, warnings);
            }

            if (!fields.TryGetValue(field, out var known))
            {
                fields[field] = (value, row.Line);
            }
            else if (known.Item1 != value)
            {
                warnings.Add(new ImportWarning(table.File, row.Line, $"{prefix}{field} of '{id}' is '{value}' here but '{known.Item1}' on line {known.Item2}; the first is kept"));
            }
        }
    }

    /// <summary>An alpha-2 code as it is; an alpha-3 code or a country name converted to alpha-2; anything else kept, with a warning.</summary>
    private static string Country(CsvTable table, CsvRow row, string prefix, string value, List<ImportWarning> warnings)
    {
        if (CountryCodes.IsAlpha2(value))
        {
            return value;
        }

        if (CountryCodes.TryToAlpha2(value, out var alpha2))
        {
            return alpha2;
        }

        warnings.Add(new ImportWarning(table.File, row.Line, $"{prefix}country '{value}' is not an ISO 3166-1 country code or name ChipChain knows; kept as it is"));
        return value;
    }

    private static string Id(CsvTable table, CsvRow row, string column) =>
        row.GetOrNull(column) ?? throw new ImportException(table.File, row.Line, $"'{column}' is empty");

    /// <summary>A share: <c>0.57</c> or <c>57%</c>; blank means none.</summary>
    private static double? Share(CsvTable table, CsvRow row)
    {
        if (row.GetOrNull("share") is not { } text)
        {
            return null;
        }

        var percent = text.EndsWith('%');
        var number = percent ? text[..^1].TrimEnd() : text;
        if (double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            value = percent ? value / 100 : value;
            if (value is >= 0 and <= 1)
            {
                return value;
            }
        }

        throw new ImportException(table.File, row.Line, $"share '{text}' is not a fraction from 0 to 1 or a percentage such as 57%");
    }
}

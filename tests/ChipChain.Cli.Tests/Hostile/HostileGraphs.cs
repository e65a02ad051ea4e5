using System.Text.Json;

namespace ChipChain.Cli.Tests.Hostile;

/// <summary>Graphs whose ids and names are hostile: control characters, markup, table and CSV delimiters.</summary>
internal static class HostileGraphs
{
    /// <summary>Ids that differ only by control characters, or carry markup and delimiters; each supplies the product alone.</summary>
    public static readonly string[] SupplierIds =
    [
        "p q", "p\nq", "p\tq", "p\rq", "a|b", "<b>bold</b>", "x&amp;y", "c`d`", "back\\slash", "comma,\"quote\"", "@at",
    ];

    public const string Product = "prod";

    /// <summary>Writes the graph to <paramref name="path"/>: every supplier gives the product its own item, so each is a single point of failure.</summary>
    public static string Write(string path)
    {
        var nodes = SupplierIds.Select(id => new Dictionary<string, object> { ["id"] = id, ["name"] = "name of " + id, ["kind"] = "materials", ["canFail"] = true })
            .Append(new Dictionary<string, object> { ["id"] = Product, ["kind"] = "product" });
        var links = SupplierIds.Select((id, i) => new Dictionary<string, object> { ["supplier"] = id, ["consumer"] = Product, ["item"] = $"item-{i}" });
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, object> { ["format"] = "chipchain/1", ["nodes"] = nodes, ["links"] = links }));
        return path;
    }
}

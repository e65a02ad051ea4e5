using ChipChain.Model;

namespace ChipChain.Rendering.Tests.Views;

/// <summary>Hand-built graphs whose views are worked out by hand in the tests.</summary>
internal static class ViewGraphs
{
    /// <summary>
    /// A chip made by two alternative fabs (an order-2 cut set) that both need lithography tools from one toolmaker
    /// (a single point of failure, through the "tools" market), and sand reaching the chip through two process
    /// chains: step, step2 (3 links) and detour, detour2, detour3 (4 links). A bystander feeds another product.
    /// </summary>
    public static SupplyGraph Chip()
    {
        var builder = new SupplyGraphBuilder();
        builder.AddNode(new Node("chip") { Name = "Chip", Kind = NodeKinds.Product });
        builder.AddNode(new Node("fab") { Name = "Fab", Kind = NodeKinds.Foundry });
        builder.AddNode(new Node("fab2") { Name = "Fab 2", Kind = NodeKinds.Foundry });
        builder.AddNode(new Node("tools") { Name = "Litho tools", Kind = NodeKinds.Input, Requires = Requirement.Any });
        builder.AddNode(new Node("toolmaker") { Name = "Toolmaker", Kind = NodeKinds.Equipment });
        builder.AddNode(new Node("sand") { Name = "Sand", Kind = NodeKinds.Materials });
        foreach (var step in new[] { "step", "step2", "detour", "detour2", "detour3" })
        {
            builder.AddNode(new Node(step) { Kind = NodeKinds.Process });
        }

        builder.AddNode(new Node("other") { Kind = NodeKinds.Product });
        builder.AddNode(new Node("bystander") { Kind = NodeKinds.Materials });
        builder.AddLink(new Link("fab", "chip") { Item = "wafers", Share = 0.5 });
        builder.AddLink(new Link("fab2", "chip") { Item = "wafers", Share = 0.5 });
        builder.AddLink(new Link("tools", "fab") { Item = "litho" });
        builder.AddLink(new Link("tools", "fab2") { Item = "litho" });
        builder.AddLink(new Link("toolmaker", "tools") { Share = 1 });
        builder.AddLink(new Link("sand", "step"));
        builder.AddLink(new Link("step", "step2"));
        builder.AddLink(new Link("step2", "chip") { Item = "silicon" });
        builder.AddLink(new Link("sand", "detour"));
        builder.AddLink(new Link("detour", "detour2"));
        builder.AddLink(new Link("detour2", "detour3"));
        builder.AddLink(new Link("detour3", "chip") { Item = "more-silicon" });
        builder.AddLink(new Link("bystander", "other"));
        return builder.Build();
    }
}

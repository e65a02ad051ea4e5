using System.CommandLine;
using ChipChain.Cli.Infrastructure;
using ChipChain.IO;
using ChipChain.Model;
using ChipChain.Rendering;
using ChipChain.Rendering.Highlighting;
using ChipChain.Rendering.Layout;
using ChipChain.Rendering.Styling;

namespace ChipChain.Cli.Commands;

/// <summary>
/// <c>chipchain render [FILE] -o OUT</c>: a dependency diagram as SVG (built-in or Graphviz layout), Graphviz DOT or
/// Mermaid, or a self-contained interactive HTML report, with colours, highlights and focus filters. The format
/// follows the file's extension or <c>--format</c>.
/// </summary>
internal sealed class RenderCommand : ICliCommand
{
    /// <summary>Above this many nodes a diagram is hard to read; the command says so and suggests a focus.</summary>
    public const int ReadableNodeLimit = 300;

    /// <summary>The longest <c>--timeout</c> accepted: one day.</summary>
    public const int MaximumTimeoutSeconds = 86_400;

    public Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.File();
        var output = CommonOptions.Output("The diagram file to write (atomically): .svg, .dot/.gv, .mmd/.md, .html.");
        output.Required = true;
        var format = Choice("--format", "The output format (default: from the file's extension).", "svg", "dot", "mermaid", "html");
        format.Aliases.Add("-f");
        var layout = Choice("--layout", "SVG layout engine: builtin (default: the same drawing on every machine), graphviz (needs 'dot' on the PATH) or auto (graphviz when 'dot' is on the PATH, else builtin).", "builtin", "graphviz", "auto");
        var color = Choice("--color", "What node colours encode: kind or country.", "kind", "country");
        var target = CommonOptions.Target("The node whose single points of failure or cut sets to highlight (html: the target selected when the report opens).");
        var highlight = Choice("--highlight", "With --target: spof (red) or cutsets (SPOFs red, order-2 cut-set members orange). Default spof.", "spof", "cutsets");
        var upstreamOf = new Option<string?>("--upstream-of") { Description = "Draw only this node and what it depends on." };
        var downstreamOf = new Option<string?>("--downstream-of") { Description = "Draw only this node and what depends on it." };
        var depth = new Option<int?>("--depth") { Description = "How many supply steps --upstream-of/--downstream-of follow (default: all).", CustomParser = NumberOptions.NullableParser<int>("--depth") };
        var kinds = new Option<string?>("--kinds") { Description = "Draw only nodes of these kinds (comma-separated)." };
        var countries = new Option<string?>("--countries") { Description = "Draw only nodes in these countries (comma-separated ISO codes)." };
        var cluster = new Option<bool>("--cluster") { Description = "DOT: group the nodes of each kind in a cluster." };
        var view = Choice("--view", "What to draw: full (default: every node), critical (with --target: its single points of failure, order-2 cut-set members and top chokepoint suppliers, joined to it by the shortest supply paths; structure drawn small) or firms (markets and process steps collapsed, so firms connect to firms).", "full", "critical", "firms");
        var labels = Choice("--labels", "What each link's label says: none (default; firms view: share), item, or share (the item and the supplier's share).", "none", "item", "share");
        var title = new Option<string?>("--title") { Description = "The title drawn above the diagram (default: the target's name and what is shown, or the graph's name)." };
        var timeout = new Option<double>("--timeout")
        {
            Description = $"Seconds Graphviz 'dot' may run before it is stopped (default {GraphvizLayout.DefaultTimeout.TotalSeconds:0}; docs/limits.md).",
            DefaultValueFactory = _ => GraphvizLayout.DefaultTimeout.TotalSeconds,
            CustomParser = NumberOptions.Parser<double>("--timeout"),
        };
        var command = new Command("render", "Draw a dependency diagram: SVG (layered layout), Graphviz DOT, Mermaid, or an interactive HTML report.")
        {
            file, output, format, layout, view, labels, color, target, highlight, upstreamOf, downstreamOf, depth, kinds, countries, cluster, title, timeout,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            var diagramFormat = parse.GetValue(format) is { } f ? DiagramFormats.Parse(f)!.Value
                : DiagramFormats.FromPath(path) ?? throw new CliUsageException($"cannot tell the diagram format from '{path}': use .svg, .dot, .gv, .mmd, .md or .html, or give --format");
            if (parse.GetValue(depth) is < 0)
            {
                throw new CliUsageException("--depth must be zero or more");
            }

            if (parse.GetValue(depth) is not null && parse.GetValue(upstreamOf) is null && parse.GetValue(downstreamOf) is null)
            {
                throw new CliUsageException("--depth needs --upstream-of or --downstream-of");
            }

            if (parse.GetValue(highlight) is not null && parse.GetValue(target) is null)
            {
                throw new CliUsageException("--highlight needs --target ID");
            }

            var viewKind = parse.GetValue(view) switch { "critical" => DiagramViewKind.Critical, "firms" => DiagramViewKind.Firms, _ => DiagramViewKind.Full };
            if (viewKind == DiagramViewKind.Critical && parse.GetValue(target) is null)
            {
                throw new CliUsageException("--view critical needs --target ID");
            }

            if (parse.GetValue(timeout) is not (> 0 and <= MaximumTimeoutSeconds))
            {
                throw new CliUsageException($"--timeout must be more than 0 and at most {MaximumTimeoutSeconds} seconds");
            }

            OutputPaths.Check("--output", path, parse.GetValue(file));
            var graph = GraphSource.Load(parse.GetValue(file));
            var focus = new DiagramFocus
            {
                UpstreamOf = Known(graph, parse.GetValue(upstreamOf), "--upstream-of"),
                DownstreamOf = Known(graph, parse.GetValue(downstreamOf), "--downstream-of"),
                Depth = parse.GetValue(depth),
                Kinds = List(parse.GetValue(kinds)),
                Countries = List(parse.GetValue(countries)),
            };
            var targetId = Known(graph, parse.GetValue(target), "--target");
            var diagram = DiagramGraph.From(graph, focus, new DiagramView { Kind = viewKind, Target = targetId });
            if (diagram.NodeCount == 0)
            {
                throw new CliUsageException("the focus leaves no node to draw");
            }

            // The critical view shows cut-set members, so it paints them unless asked for single points of failure only.
            var highlights = Highlights(graph, targetId, parse.GetValue(highlight) ?? (viewKind == DiagramViewKind.Critical ? "cutsets" : null));
            var options = new DiagramOptions
            {
                // The HTML report's default title is the graph's name: it switches between targets itself.
                Title = parse.GetValue(title) ?? (diagramFormat == DiagramFormat.Html ? null : DiagramTitles.Default(graph, diagram.View, highlights)),
                ColorBy = parse.GetValue(color) == "country" ? ColorScheme.Country : ColorScheme.Kind,
                Cluster = parse.GetValue(cluster),
                Labels = parse.GetValue(labels) switch
                {
                    "item" => EdgeLabelMode.Item,
                    "share" => EdgeLabelMode.Share,
                    "none" => EdgeLabelMode.None,
                    _ => viewKind == DiagramViewKind.Firms ? EdgeLabelMode.Share : EdgeLabelMode.None,
                },
                Highlights = highlights,
            };
            var engine = parse.GetValue(layout) switch { "graphviz" => LayoutEngine.Graphviz, "auto" => LayoutEngine.Auto, _ => LayoutEngine.Builtin };
            string text;
            LayoutEngine? used;
            try
            {
                using var progress = CliProgress.Start($"rendering {diagram.NodeCount} nodes");
                (text, used) = DiagramRenderer.Render(
                    diagram, diagramFormat, options, engine, DiagramFormats.IsMarkdown(path), TimeSpan.FromSeconds(parse.GetValue(timeout)), environment.Cancellation);
            }
            catch (GraphvizException ex)
            {
                throw new CliUsageException(ex.Message);
            }

            // Notes come after the write, so that a failed write is reported by one line alone.
            AtomicFile.WriteText(path, text, environment.Cancellation);
            if (diagram.NodeCount > ReadableNodeLimit)
            {
                environment.Error.Write($"chipchain: warning: drawing {diagram.NodeCount} nodes; a diagram above {ReadableNodeLimit} nodes is hard to read: draw a view with --view critical --target ID or --view firms, or focus it with --upstream-of ID [--depth N], --downstream-of ID, --kinds or --countries\n");
            }

            if (used is { } u && engine == LayoutEngine.Auto)
            {
                environment.Error.Write(u == LayoutEngine.Graphviz
                    ? "chipchain: layout: Graphviz dot (found on the PATH; --layout builtin for the built-in one)\n"
                    : "chipchain: layout: built-in (Graphviz 'dot' is not on the PATH)\n");
            }

            var how = used is { } e ? $", {(e == LayoutEngine.Graphviz ? "graphviz" : "builtin")} layout" : string.Empty;
            environment.Out.Write($"wrote {path}: {diagram.NodeCount} nodes, {diagram.Edges.Count} links ({diagramFormat.ToString().ToLowerInvariant()}{how})\n");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string?> Choice(string name, string description, params string[] values) =>
        ChoiceOptions.Create<string?>(name, description + " One of: " + string.Join(", ", values) + ".", null, [.. values.Select(v => (v, (string?)v))]);

    private static string? Known(SupplyGraph graph, string? id, string option)
    {
        if (id is not null)
        {
            Targets.Node(graph, id, option);
        }

        return id;
    }

    private static string[] List(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DiagramHighlights Highlights(SupplyGraph graph, string? target, string? mode)
    {
        if (target is null)
        {
            return DiagramHighlights.None;
        }

        return DiagramHighlighter.Compute(graph, target, mode == "cutsets" ? HighlightMode.CutSets : HighlightMode.Spof);
    }
}

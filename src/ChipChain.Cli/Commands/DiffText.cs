using System.Globalization;
using ChipChain.Analysis.Diff;
using ChipChain.Cli.Output;
using ChipChain.IO;
using ChipChain.Model;

namespace ChipChain.Cli.Commands;

/// <summary>
/// The text, Markdown and CSV forms of a diff. Text and Markdown: a summary line per part and a table of the changes;
/// CSV: one table of every change (<c>target,change,id,name,before,after</c>). Names come from the new graph, else
/// the old one; an id only one graph has is marked in the name column.
/// </summary>
internal sealed class DiffText(SupplyGraph before, SupplyGraph after, OutputFormat format)
{
    private readonly NodeLabels _old = new(before);
    private readonly NodeLabels _new = new(after);

    public void Write(TextWriter writer, GraphDiffResult diff, string oldPath, string newPath, double tolerance)
    {
        var csv = format == OutputFormat.Csv;
        var markdown = format == OutputFormat.Markdown;
        var all = new TextTable("target", "change", "id", "name", "before>", "after>");
        if (!csv)
        {
            var s = diff;
            Line(writer, $"Old: {DisplayText.Clip(oldPath)} ({Count(before.NodeCount)} nodes, {Count(before.LinkCount)} links); new: {DisplayText.Clip(newPath)} ({Count(after.NodeCount)} nodes, {Count(after.LinkCount)} links)");
            Line(writer, $"Nodes: {s.NodesAdded.Count} added, {s.NodesRemoved.Count} removed, {s.Renamed.Count} renamed, {s.Rekinded.Count} re-kinded, {s.MovedCountry.Count} moved country");
            Line(writer, $"Links: {s.LinksAdded.Count} added, {s.LinksRemoved.Count} removed, {s.SharesChanged.Count} share(s) moved by more than {NumberText.Level(tolerance)}");
            writer.Write('\n');
        }

        var structure = csv ? all : new TextTable("change", "id", "name", "before>", "after>");
        foreach (var row in StructureRows(diff))
        {
            if (csv)
            {
                structure.Add([string.Empty, .. row]);
            }
            else
            {
                structure.Add(row);
            }
        }

        if (!csv && structure.RowCount > 0)
        {
            structure.Write(writer, format);
        }

        foreach (var t in diff.Targets)
        {
            var rows = TargetRows(t).ToList();
            if (csv)
            {
                rows.ForEach(r => all.Add([t.Target, .. r]));
                continue;
            }

            writer.Write('\n');
            var heading = $"{Label(t.Target)}{Presence(t.Target)}: {t.SpofAdded.Count} single point(s) of failure gained, {t.SpofRemoved.Count} lost, {t.SpofKept.Count} kept; {t.CutSetsAdded.Count} cut set(s) of two gained, {t.CutSetsRemoved.Count} lost; {t.Concentration.Count} chokepoint(s) moved; {t.Exposure.Count} exposure(s) moved";
            writer.Write(markdown ? $"### {MarkdownText.Escape(heading)}\n\n" : heading + "\n");
            if (rows.Count == 0)
            {
                continue;
            }

            if (!markdown)
            {
                writer.Write('\n');
            }

            var table = new TextTable("change", "id", "name", "before>", "after>");
            rows.ForEach(r => table.Add(r));
            table.Write(writer, format);
        }

        if (csv)
        {
            all.Write(writer, format);
        }

        void Line(TextWriter w, string text) => w.Write(markdown ? $"- {MarkdownText.Escape(text)}\n" : text + "\n");
    }

    private IEnumerable<string[]> StructureRows(GraphDiffResult s)
    {
        foreach (var id in s.NodesAdded)
        {
            yield return ["node added", id, Name(id), string.Empty, string.Empty];
        }

        foreach (var id in s.NodesRemoved)
        {
            yield return ["node removed", id, Name(id), string.Empty, string.Empty];
        }

        foreach (var c in s.Renamed)
        {
            yield return ["renamed", c.Id, string.Empty, c.Before ?? string.Empty, c.After ?? string.Empty];
        }

        foreach (var c in s.Rekinded)
        {
            yield return ["kind changed", c.Id, Name(c.Id), c.Before ?? string.Empty, c.After ?? string.Empty];
        }

        foreach (var c in s.MovedCountry)
        {
            yield return ["country changed", c.Id, Name(c.Id), c.Before ?? string.Empty, c.After ?? string.Empty];
        }

        foreach (var l in s.LinksAdded)
        {
            yield return ["link added", LinkText(l), string.Empty, string.Empty, string.Empty];
        }

        foreach (var l in s.LinksRemoved)
        {
            yield return ["link removed", LinkText(l), string.Empty, string.Empty, string.Empty];
        }

        foreach (var c in s.SharesChanged)
        {
            yield return ["share changed", LinkText(c), string.Empty, NumberText.Level(c.ShareBefore ?? 0), NumberText.Level(c.ShareAfter ?? 0)];
        }
    }

    private IEnumerable<string[]> TargetRows(TargetDiff t)
    {
        foreach (var id in t.SpofAdded)
        {
            yield return ["spof added", id, Name(id) + Presence(id), string.Empty, string.Empty];
        }

        foreach (var id in t.SpofRemoved)
        {
            yield return ["spof removed", id, Name(id) + Presence(id), string.Empty, string.Empty];
        }

        if (format == OutputFormat.Csv)
        {
            foreach (var id in t.SpofKept)
            {
                yield return ["spof kept", id, Name(id), string.Empty, string.Empty];
            }
        }

        foreach (var set in t.CutSetsAdded)
        {
            yield return ["cut set added", string.Join(" + ", set), string.Join(" + ", set.Select(Name)), string.Empty, string.Empty];
        }

        foreach (var set in t.CutSetsRemoved)
        {
            yield return ["cut set removed", string.Join(" + ", set), string.Join(" + ", set.Select(Name)), string.Empty, string.Empty];
        }

        foreach (var c in t.Concentration)
        {
            var id = c.Consumer is null ? c.Item : $"{c.Item} @ {c.Consumer}";
            var name = Name(c.Consumer ?? c.Item);
            if (c.HhiBefore != c.HhiAfter)
            {
                yield return ["HHI", id, name, Hhi(c.HhiBefore), Hhi(c.HhiAfter)];
            }

            if (c.CountriesTo75Before != c.CountriesTo75After)
            {
                yield return ["countries to 75 %", id, name, Countries(c.CountriesTo75Before), Countries(c.CountriesTo75After)];
            }
        }

        foreach (var e in t.Exposure)
        {
            yield return ["exposure", e.Id, Name(e.Id) + Presence(e.Id), Exposure(e.Before), Exposure(e.After)];
        }
    }

    private string Name(string id) => _new.Name(id) is { Length: > 0 } name ? name : _old.Name(id);

    private string Label(string id) => Name(id) is { Length: > 0 } name ? $"{id} ({name})" : id;

    /// <summary>A mark for an id that only one of the two graphs has.</summary>
    private string Presence(string id) =>
        after.Contains(id) == before.Contains(id) ? string.Empty : after.Contains(id) ? " [new graph only]" : " [old graph only]";

    private static string LinkText(LinkChange l) => l.Item is null ? $"{l.Supplier} -> {l.Consumer}" : $"{l.Supplier} -> {l.Consumer} [{l.Item}]";

    private static string Hhi(double? hhi) => hhi is null ? "-" : hhi.Value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Countries(int? countries) => countries is null ? "-" : NumberText.Count(countries.Value);

    private static string Exposure(double? value) => value is { } v ? NumberText.Percent(v) : "-";

    private static string Count(int n) => NumberText.Count(n);
}

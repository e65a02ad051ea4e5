using ChipChain.Analysis;

namespace ChipChain.Cli.Output;

/// <summary>
/// How dependency paths are shown: in full up to <see cref="MaxShown"/> ids, else the first and last halves, so a
/// tree 100 000 tiers deep prints in linear size instead of the square of its depth (docs/limits.md).
/// </summary>
internal static class PathDisplay
{
    /// <summary>The most ids of one path written out.</summary>
    public const int MaxShown = 32;

    /// <summary>The ids to write, and how many in the middle are left out (0 when the path is shown whole).</summary>
    public static (IReadOnlyList<string> Head, int Omitted, IReadOnlyList<string> Tail) Elide(DependencyEntry entry)
    {
        var (head, tail) = entry.PathEnds(MaxShown / 2);
        return (head, entry.Path.Count - head.Count - tail.Count, tail);
    }

    /// <summary>The path as text, "a -> b -> … (N more) -> y -> z" when elided.</summary>
    public static string Text(DependencyEntry entry, Func<IEnumerable<string>, string> list)
    {
        var (head, omitted, tail) = Elide(entry);
        return omitted == 0 ? list(head) : $"{list(head)} -> … ({NumberText.Count(omitted)} more) -> {list(tail)}";
    }
}

namespace ChipChain.Rendering;

/// <summary>Names of <see cref="DiagramFormat"/> and the format a file name implies.</summary>
public static class DiagramFormats
{
    /// <summary>The format implied by a file's extension: <c>.svg</c>; <c>.dot</c> or <c>.gv</c>; <c>.mmd</c> or <c>.md</c>; <c>.html</c> or <c>.htm</c>.</summary>
    /// <param name="path">A file path.</param>
    /// <returns>The format, or <see langword="null"/> when the extension says nothing.</returns>
    public static DiagramFormat? FromPath(string? path) =>
        Path.GetExtension(path ?? string.Empty).ToUpperInvariant() switch
        {
            ".SVG" => DiagramFormat.Svg,
            ".DOT" or ".GV" => DiagramFormat.Dot,
            ".MMD" or ".MD" or ".MERMAID" => DiagramFormat.Mermaid,
            ".HTML" or ".HTM" => DiagramFormat.Html,
            _ => null,
        };

    /// <summary>Parses a format name (<c>svg</c>, <c>dot</c>, <c>mermaid</c>, <c>html</c>), ignoring case.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The format, or <see langword="null"/> for an unknown name.</returns>
    public static DiagramFormat? Parse(string? name) =>
        name?.ToUpperInvariant() switch
        {
            "SVG" => DiagramFormat.Svg,
            "DOT" or "GV" or "GRAPHVIZ" => DiagramFormat.Dot,
            "MERMAID" or "MMD" => DiagramFormat.Mermaid,
            "HTML" or "HTM" => DiagramFormat.Html,
            _ => null,
        };

    /// <summary>Whether a Mermaid file should be a Markdown fence (its name ends in <c>.md</c>).</summary>
    /// <param name="path">A file path.</param>
    /// <returns><see langword="true"/> for Markdown files.</returns>
    public static bool IsMarkdown(string? path) =>
        string.Equals(Path.GetExtension(path ?? string.Empty), ".md", StringComparison.OrdinalIgnoreCase);
}

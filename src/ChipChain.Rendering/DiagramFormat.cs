namespace ChipChain.Rendering;

/// <summary>The diagram file formats.</summary>
public enum DiagramFormat
{
    /// <summary>Standalone SVG with the built-in or Graphviz layout.</summary>
    Svg,

    /// <summary>Graphviz DOT source.</summary>
    Dot,

    /// <summary>A Mermaid flowchart (fenced for Markdown when the file ends in <c>.md</c>).</summary>
    Mermaid,

    /// <summary>A self-contained interactive HTML report: the SVG diagram, the targets' analyses and a small inline script.</summary>
    Html,
}

using ChipChain.Rendering.Styling;

namespace ChipChain.Rendering.Html;

/// <summary>What an HTML report shows: its title, node colours, the targets it analyses and how much of each. Immutable.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The defaults: the graph's name as title, colour by kind, the default targets, ten chokepoints each.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>The report's title; <see langword="null"/> for the graph's name.</summary>
    public string? Title { get; init; }

    /// <summary>What node colours encode in the diagram.</summary>
    public ColorScheme ColorBy { get; init; } = ColorScheme.Kind;

    /// <summary>What the labels on the diagram's links say (default none).</summary>
    public EdgeLabelMode Labels { get; init; } = EdgeLabelMode.None;

    /// <summary>
    /// The target selected when the report opens. It is analysed with the graph's default targets (its products,
    /// else its sinks); <see langword="null"/> selects the first default target.
    /// </summary>
    public string? Target { get; init; }

    /// <summary>How many of the default targets are analysed at most (the first ones in node order), besides <see cref="Target"/>.</summary>
    public int MaxTargets { get; init; } = 40;

    /// <summary>How many chokepoints are listed per target (the top of the bottleneck ranking).</summary>
    public int ChokepointCount { get; init; } = 10;

    /// <summary>The scenario the what-if panel opens with (its failures, cuts and degradations); <see langword="null"/> for none.</summary>
    public Analysis.Scenarios.Scenario? Scenario { get; init; }
}

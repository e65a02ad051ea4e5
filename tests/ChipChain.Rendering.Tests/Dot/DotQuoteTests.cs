using ChipChain.Rendering.Dot;

namespace ChipChain.Rendering.Tests.Dot;

/// <summary>DOT ids are escaped one-to-one; labels stay readable.</summary>
public sealed class DotQuoteTests
{
    private static readonly string[] Ids = ["p q", "p\nq", "p\tq", "p\rq", "p\u0001q", "p\\x0Aq", "p\\\nq", "p\"q", "p\\\"q", "p\u0085q"];

    [Fact]
    public void Quote_ids_differing_only_by_control_characters_stays_distinct()
    {
        var quoted = Ids.Select(DotWriter.Quote).ToList();

        quoted.Should().OnlyHaveUniqueItems();
        quoted.Should().OnlyContain(q => !q.Any(char.IsControl), "a DOT file must not carry raw control characters");
    }

    [Fact]
    public void Quote_decoded_as_graphviz_does_gives_back_distinct_ids()
    {
        // Graphviz turns \" into " and keeps every other backslash pair as it is: distinct encodings stay distinct ids.
        var decoded = Ids.Select(id => DotWriter.Quote(id)[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal)).ToList();

        decoded.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Label_draws_a_line_break_as_one_and_other_controls_as_spaces()
    {
        DotWriter.Label("a\nb\tc").Should().Be("\"a\\nb c\"");
    }
}

using ChipChain.Model;
using static ChipChain.Rendering.Tests.Html.HtmlReports;

namespace ChipChain.Rendering.Tests.Html;

public sealed class RiskHtmlTests
{
    [Fact]
    public void Write_graph_with_probabilities_shows_each_targets_risk_and_ranking()
    {
        // t needs a (p 0.1) and b (p 0.2) and cannot fail itself: P(t unavailable) = 1 − 0.9 × 0.8 = 0.28.
        var graph = new SupplyGraphBuilder()
            .AddNode(new Node("a") { FailureProbability = 0.1 })
            .AddNode(new Node("b") { FailureProbability = 0.2 })
            .AddNode(new Node("t") { Kind = NodeKinds.Product, CanFail = false })
            .AddLink(new Link("a", "t") { Item = "x" })
            .AddLink(new Link("b", "t") { Item = "y" })
            .Build();

        var section = Section(Render(graph), "t");
        var risk = section[section.IndexOf("<div class=\"risk\">", StringComparison.Ordinal)..];

        section.Should().Contain("P(unavailable) = <b>0.2800</b> <small>(exact, over 2 failure candidates;");
        // b first: Fussell–Vesely (P − P₀)/P = (0.28 − 0.1)/0.28 = 0.6429 against a's (0.28 − 0.2)/0.28 = 0.2857.
        risk.IndexOf("data-node=\"b\"", StringComparison.Ordinal).Should().BeLessThan(risk.IndexOf("data-node=\"a\"", StringComparison.Ordinal));
        section.Should().Contain("<td class=\"num\">0.2000</td><td class=\"num\">0.6429</td>");
    }

    [Fact]
    public void Write_graph_without_probabilities_has_no_risk()
    {
        Render(SampleGraphs.AiAccelerators).Should().NotContain("<div class=\"risk\">");
    }
}

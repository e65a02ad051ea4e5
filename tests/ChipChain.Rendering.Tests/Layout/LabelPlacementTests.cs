using ChipChain.Rendering.Layout;
using ChipChain.Rendering.Styling;
using ChipChain.Rendering.Tests.Support;
using CsCheck;

namespace ChipChain.Rendering.Tests.Layout;

public sealed class LabelPlacementTests
{
    /// <summary>The rectangle a placed label takes: its width as laid out, the placement's height.</summary>
    private static (double Left, double Top, double Right, double Bottom) Rect(LayoutPoint at, double width) =>
        (at.X - (width / 2), at.Y - (LabelPlacement.Height / 2), at.X + (width / 2), at.Y + (LabelPlacement.Height / 2));

    [Fact]
    public void Place_random_requests_never_overlap_and_stay_in_their_gap_on_their_curve()
    {
        // Up to 40 labels in 3 gaps, on S-curves that start and end anywhere along their gap's sides.
        var request = Gen.Select(Gen.Int[0, 2], Gen.Double[0, 300], Gen.Double[0, 300], Gen.Double[20, 90]).Select((gap, y0, y3, width) =>
        {
            var (left, right) = (gap * 200.0, (gap * 200.0) + 120);
            var half = (right - left) / 2;
            return (LabelRequest?)new LabelRequest(new(left, y0), new(left + half, y0), new(right - half, y3), new(right, y3), gap, left, right, width);
        });
        Gen.OneOf(request, Gen.Const((LabelRequest?)null)).Array[0, 40].Sample(requests =>
        {
            var placed = LabelPlacement.Place(requests);
            var rects = new List<(int Gap, (double Left, double Top, double Right, double Bottom) Rect)>();
            for (var e = 0; e < requests.Length; e++)
            {
                if (requests[e] is not { } r)
                {
                    placed[e].Should().BeNull();
                    continue;
                }

                if (placed[e] is not { } at)
                {
                    continue;
                }

                // Positions are rounded to hundredths, as the SVG writes them.
                var rect = Rect(at, r.Width);
                rect.Left.Should().BeGreaterThanOrEqualTo(r.GapLeft - 0.01);
                rect.Right.Should().BeLessThanOrEqualTo(r.GapRight + 0.01);
                at.Y.Should().BeInRange(Math.Min(r.P0.Y, r.P3.Y) - 0.01, Math.Max(r.P0.Y, r.P3.Y) + 0.01, "the label is at its curve's height somewhere along it");
                rects.Add((r.Gap, rect));
            }

            for (var i = 0; i < rects.Count; i++)
            {
                for (var j = i + 1; j < rects.Count; j++)
                {
                    var (a, b) = (rects[i].Rect, rects[j].Rect);
                    var apart = rects[i].Gap != rects[j].Gap || a.Right <= b.Left + 0.02 || b.Right <= a.Left + 0.02 || a.Bottom <= b.Top + 0.02 || b.Bottom <= a.Top + 0.02;
                    apart.Should().BeTrue($"labels {i} and {j} overlap");
                }
            }
        }, iter: 500);
    }

    [Fact]
    public void Place_labels_with_room_are_all_placed_at_their_curves_middle()
    {
        // Two links far apart: nothing competes, so each label sits where it always did, mid-curve.
        LabelRequest Far(double y) => new(new(0, y), new(60, y), new(60, y + 10), new(120, y + 10), 0, 0, 120, 50);
        LabelPlacement.Place([Far(0), Far(100)]).Should().Equal(new LayoutPoint(60, 5), new LayoutPoint(60, 105));
    }

    [Fact]
    public void Place_many_labels_on_one_spot_places_as_many_as_fit_and_leaves_out_the_rest()
    {
        // Twenty identical wide labels on one flat curve: each position along it fits one label only once.
        var same = new LabelRequest(new(0, 50), new(100, 50), new(100, 50), new(200, 50), 0, 0, 200, 150);
        var placed = LabelPlacement.Place(Enumerable.Repeat((LabelRequest?)same, 20).ToArray());
        placed.Count(p => p is not null).Should().BeInRange(1, 7);
        placed.Where(p => p is not null).Select(p => p!.Value).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Write_sample_firms_view_legend_counts_the_labels_left_out()
    {
        var d = DiagramGraph.From(SampleGraphs.AiAccelerators, DiagramFocus.None, DiagramView.Firms);
        var layout = LayeredLayout.Compute(d, EdgeLabelMode.Share);
        var asked = d.Edges.Count(e => EdgeLabelText.For(e, EdgeLabelMode.Share) is not null);
        var drawn = layout.Routes.Count(r => r.LabelAt is not null);
        drawn.Should().BeLessThan(asked, "the sample's products gather more labels than fit beside them");
        var svg = ChipChain.Rendering.Svg.SvgDiagramWriter.Write(d, layout, new DiagramOptions { Labels = EdgeLabelMode.Share });
        svg.Should().Contain($"{asked - drawn} of {asked} link labels left out where they would overlap");
        System.Text.RegularExpressions.Regex.Count(svg, "class=\"link-label\"").Should().Be(drawn);
    }
}

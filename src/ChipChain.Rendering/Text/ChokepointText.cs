using System.Globalization;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;

namespace ChipChain.Rendering.Text;

/// <summary>
/// The one-line "why" of a chokepoint, shared by the CLI's tables and the HTML report. Wording and number formats
/// live here, at the edge; the analysis returns only the figures.
/// </summary>
public static class ChokepointText
{
    /// <summary>Explains a chokepoint, such as "sole supplier: ASML (NL), HHI 10 000".</summary>
    /// <param name="graph">The graph the chokepoint was found in.</param>
    /// <param name="chokepoint">The chokepoint.</param>
    /// <returns>One line of English.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Why(SupplyGraph graph, Chokepoint chokepoint)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(chokepoint);
        var row = chokepoint.Row;
        var target = chokepoint.Target;
        var top = graph[row.SupplierIndices[0]];
        var who = top.Country is null ? top.DisplayName : $"{top.DisplayName} ({top.Country})";
        var hhi = Thousands(row.Hhi);
        if (row.SupplierCount == 1)
        {
            var text = $"sole supplier: {who}, HHI {hhi}";
            return chokepoint.StopsTarget ? text : $"{text}; {target} has other routes";
        }

        var countries = row.CountriesTo75 == 1 ? "1 country reaches 75 %" : $"{row.CountriesTo75} countries reach 75 %";
        var why = $"top supplier: {who} {Percent(row.TopSupplier.Value)} %, HHI {hhi}, {countries}";
        if (chokepoint.Exposure > 1e-9)
        {
            why += $"; losing {top.DisplayName} cuts {target} by {Percent(chokepoint.Exposure)} %";
        }

        return why;
    }

    /// <summary>An integer with a space between thousands ("10 000").</summary>
    private static string Thousands(double value) =>
        Math.Round(value, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');

    private static string Percent(double fraction) =>
        Math.Round(fraction * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}

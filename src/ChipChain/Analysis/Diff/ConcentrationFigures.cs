namespace ChipChain.Analysis.Diff;

/// <summary>The concentration of one group of alternative suppliers in one graph.</summary>
/// <param name="Hhi">The Herfindahl–Hirschman index, rounded to one decimal.</param>
/// <param name="CountriesTo75">The number of countries needed to reach 75 % of supply.</param>
internal sealed record ConcentrationFigures(double Hhi, int CountriesTo75);

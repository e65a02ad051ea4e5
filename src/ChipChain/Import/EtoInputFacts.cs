using System.Globalization;
using System.Text.Json;

namespace ChipChain.Import;

/// <summary>
/// What the provision rows say about one input (or stage) beyond supply links: aggregate firm shares of an input
/// with subtypes, country shares, and the running share sums checked against 100 %.
/// </summary>
internal sealed class EtoInputFacts
{
    private const decimal SumTolerance = 0.000001m;

    public List<KeyValuePair<string, double>> MarketShares { get; } = [];

    public List<string> MarketNegligible { get; } = [];

    public List<string> MarketWithoutShare { get; } = [];

    public SortedDictionary<string, double> CountryShares { get; } = new(StringComparer.Ordinal);

    public List<string> CountriesWithoutShare { get; } = [];

    public double? VariousCountriesShare { get; set; }

    public decimal OrganisationPercent { get; private set; }

    public int FirstOrganisationLine { get; private set; }

    public decimal CountryPercent { get; private set; }

    public int FirstCountryLine { get; private set; }

    public void CountOrganisation(EtoProvisionRow row)
    {
        OrganisationPercent += row.Percent ?? 0;
        FirstOrganisationLine = FirstOrganisationLine == 0 ? row.Line : FirstOrganisationLine;
    }

    /// <summary>Adds a country's share (fraction) under its key; "Various countries" is kept apart, as it is not one country.</summary>
    public void AddCountry(EtoProviders.Provider country, EtoProvisionRow row)
    {
        CountryPercent += row.Percent ?? 0;
        FirstCountryLine = FirstCountryLine == 0 ? row.Line : FirstCountryLine;
        var key = country.CountryKey!;
        if (row.Percent is not { } percent)
        {
            CountriesWithoutShare.Add(key);
        }
        else if (key == EtoProviders.VariousCountries)
        {
            VariousCountriesShare = (VariousCountriesShare ?? 0) + Fraction(percent);
        }
        else
        {
            CountryShares[key] = (CountryShares.TryGetValue(key, out var before) ? before : 0) + Fraction(percent);
        }
    }

    /// <summary>Warns when the firms' or the countries' shares add up to more than 100 % (the dataset rounds up).</summary>
    public void CheckSums(string file, string what, List<ImportWarning> warnings)
    {
        if (OrganisationPercent > 100 + SumTolerance)
        {
            warnings.Add(new ImportWarning(file, FirstOrganisationLine, OverMessage("firm", what, OrganisationPercent)));
        }

        if (CountryPercent > 100 + SumTolerance)
        {
            warnings.Add(new ImportWarning(file, FirstCountryLine, OverMessage("country", what, CountryPercent)));
        }
    }

    /// <summary>Adds this input's attributes, in a fixed order, under names prefixed by <paramref name="prefix"/>.</summary>
    public void WriteAttributes(Dictionary<string, JsonElement> attributes, string prefix)
    {
        string Name(string name) => prefix.Length == 0 ? name : prefix + char.ToUpperInvariant(name[0]) + name[1..];

        if (MarketShares.Count > 0)
        {
            attributes[Name("marketShares")] = AttributeValues.Numbers(MarketShares.OrderBy(s => s.Key, NaturalIdComparer.Instance));
        }

        if (MarketNegligible.Count > 0)
        {
            attributes[Name("marketSharesNegligible")] = AttributeValues.Strings(MarketNegligible);
        }

        if (MarketWithoutShare.Count > 0)
        {
            attributes[Name("marketProvidersWithoutShare")] = AttributeValues.Strings(MarketWithoutShare);
        }

        if (CountryShares.Count > 0)
        {
            attributes[Name("countryShares")] = AttributeValues.Numbers(CountryShares);
        }

        if (CountriesWithoutShare.Count > 0)
        {
            attributes[Name("countriesWithoutShare")] = AttributeValues.Strings(CountriesWithoutShare);
        }

        if (VariousCountriesShare is { } various)
        {
            attributes[Name("variousCountriesShare")] = AttributeValues.Number(various);
        }
    }

    /// <summary>A percentage as a fraction, computed in decimal so that 1.4 gives 0.014 rather than 0.013999999999999999.</summary>
    public static double Fraction(decimal percent) => (double)(percent / 100m);

    private static string OverMessage(string kind, string what, decimal percent) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind} shares of {what} add up to {percent.ToString("0.######", CultureInfo.InvariantCulture)} % (more than 100 %; accepted, the dataset rounds small shares up)");
}

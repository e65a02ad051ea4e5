using System.Collections.Frozen;

namespace ChipChain.Import;

/// <summary>
/// ISO 3166-1 alpha-3 to alpha-2 country codes, for datasets (such as ETO's) that use alpha-3 while ChipChain uses
/// alpha-2. Covers the economies that appear in semiconductor supply-chain data; <c>EUR</c> (Europe as a region)
/// is not a country and is kept as it is by the importers.
/// </summary>
public static class CountryCodes
{
    private static readonly FrozenDictionary<string, string> Alpha3ToAlpha2 = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ARE"] = "AE", ["ARG"] = "AR", ["AUS"] = "AU", ["AUT"] = "AT", ["BEL"] = "BE", ["BGR"] = "BG", ["BLR"] = "BY",
        ["BRA"] = "BR", ["CAN"] = "CA", ["CHE"] = "CH", ["CHL"] = "CL", ["CHN"] = "CN", ["CRI"] = "CR", ["CZE"] = "CZ",
        ["DEU"] = "DE", ["DNK"] = "DK", ["ESP"] = "ES", ["EST"] = "EE", ["FIN"] = "FI", ["FRA"] = "FR", ["GBR"] = "GB",
        ["GRC"] = "GR", ["HKG"] = "HK", ["HRV"] = "HR", ["HUN"] = "HU", ["IDN"] = "ID", ["IND"] = "IN", ["IRL"] = "IE",
        ["ISL"] = "IS", ["ISR"] = "IL", ["ITA"] = "IT", ["JPN"] = "JP", ["KOR"] = "KR", ["LTU"] = "LT", ["LUX"] = "LU",
        ["LVA"] = "LV", ["MAC"] = "MO", ["MAR"] = "MA", ["MEX"] = "MX", ["MLT"] = "MT", ["MYS"] = "MY", ["NLD"] = "NL",
        ["NOR"] = "NO", ["NZL"] = "NZ", ["PHL"] = "PH", ["POL"] = "PL", ["PRT"] = "PT", ["ROU"] = "RO", ["RUS"] = "RU",
        ["SAU"] = "SA", ["SGP"] = "SG", ["SVK"] = "SK", ["SVN"] = "SI", ["SWE"] = "SE", ["THA"] = "TH", ["TUR"] = "TR",
        ["TWN"] = "TW", ["UKR"] = "UA", ["USA"] = "US", ["VNM"] = "VN", ["ZAF"] = "ZA",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Converts an alpha-3 code (<c>NLD</c>) to alpha-2 (<c>NL</c>).</summary>
    /// <param name="alpha3">The code, upper case.</param>
    /// <param name="alpha2">The alpha-2 code when known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryToAlpha2(string alpha3, out string alpha2)
    {
        ArgumentNullException.ThrowIfNull(alpha3);
        if (Alpha3ToAlpha2.TryGetValue(alpha3, out var found))
        {
            alpha2 = found;
            return true;
        }

        alpha2 = string.Empty;
        return false;
    }
}

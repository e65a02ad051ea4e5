using ChipChain.Model;

namespace ChipChain.Import;

/// <summary>
/// The providers of the dataset by id: one entry per id however many alias rows it has. Organisations become
/// nodes; countries become keys of <c>countryShares</c> (alpha-2, or <c>EUR</c> for Europe as a region).
/// </summary>
internal sealed class EtoProviders
{
    public const string VariousCountries = "Various countries";

    private readonly Dictionary<string, Provider> _byId = new(StringComparer.Ordinal);

    private EtoProviders()
    {
    }

    /// <summary>Every provider id, organisations and countries.</summary>
    public IReadOnlyDictionary<string, Provider> ById => _byId;

    public static EtoProviders Read(EtoDataset data, List<ImportWarning> warnings)
    {
        var result = new EtoProviders();
        var file = data.ProvidersFile;
        foreach (var row in data.Providers)
        {
            var isCountry = string.Equals(row.Type, "country", StringComparison.OrdinalIgnoreCase);
            if (!result._byId.TryGetValue(row.Id, out var provider))
            {
                if (!isCountry && !string.Equals(row.Type, "organization", StringComparison.OrdinalIgnoreCase))
                {
                    warnings.Add(new ImportWarning(file, row.Line, $"provider {row.Id} has provider_type '{row.Type}'; read as an organization"));
                }

                provider = isCountry ? Country(row, file, warnings) : Organisation(row, file, warnings);
                result._byId.Add(row.Id, provider);
                if (provider.Placeholder)
                {
                    warnings.Add(EtoPlaceholders.Warning(provider, file));
                }
            }
            else if (provider.IsOrganisation == isCountry)
            {
                warnings.Add(new ImportWarning(file, row.Line, $"provider {row.Id} is listed as both a country and an organization; the first row (line {provider.Line}) is used"));
            }
            else if (!string.Equals(provider.RawCountry, row.Country, StringComparison.Ordinal) && provider.IsOrganisation)
            {
                warnings.Add(new ImportWarning(file, row.Line, $"provider {row.Id} has country '{row.Country}' here but '{provider.RawCountry}' on line {provider.Line}; the first is used"));
            }

            // One row per alias: the provider name and every alias become aliases, except the name the node keeps.
            foreach (var alias in new[] { row.Name, row.Alias })
            {
                if (alias is { Length: > 0 } && !string.Equals(alias, provider.Name, StringComparison.Ordinal) && !provider.Aliases.Contains(alias))
                {
                    provider.Aliases.Add(alias);
                }
            }
        }

        return result;
    }

    private static Provider Country(EtoProviderRow row, string file, List<ImportWarning> warnings)
    {
        string key;
        if (row.Name.StartsWith("Various", StringComparison.OrdinalIgnoreCase))
        {
            key = VariousCountries;
        }
        else if (row.Name == "EUR" || row.Country == "EUR")
        {
            key = "EUR";
        }
        else if (CountryCodes.TryToAlpha2(row.Name, out var alpha2) || (row.Country is { } c && CountryCodes.TryToAlpha2(c, out alpha2)))
        {
            key = alpha2;
        }
        else
        {
            key = row.Name;
            warnings.Add(new ImportWarning(file, row.Line, $"country provider {row.Id} '{row.Name}' is not an ISO alpha-3 code ChipChain knows; its shares are kept under '{row.Name}'"));
        }

        return new Provider(row.Id, row.Name, false, key, null, row.Country, false, row.Line);
    }

    private static Provider Organisation(EtoProviderRow row, string file, List<ImportWarning> warnings)
    {
        var placeholder = row.Name.StartsWith("Various", StringComparison.OrdinalIgnoreCase);
        string? country = null;
        if (row.Country is { } raw && !raw.StartsWith("Various", StringComparison.OrdinalIgnoreCase))
        {
            if (raw == "EUR")
            {
                country = raw;
            }
            else if (CountryCodes.TryToAlpha2(raw, out var alpha2))
            {
                country = alpha2;
            }
            else
            {
                country = raw;
                warnings.Add(new ImportWarning(file, row.Line, $"provider {row.Id} '{row.Name}' has country '{raw}', not an ISO alpha-3 code ChipChain knows; kept as it is"));
            }
        }

        return new Provider(row.Id, row.Name, true, null, country, row.Country, placeholder, row.Line);
    }

    /// <summary>One provider id.</summary>
    /// <param name="Id">The provider id (<c>P88</c>).</param>
    /// <param name="Name">The name of its first row.</param>
    /// <param name="IsOrganisation">An organisation (a node) rather than a country.</param>
    /// <param name="CountryKey">For a country: its key in <c>countryShares</c>.</param>
    /// <param name="Country">For an organisation: its alpha-2 country (or <c>EUR</c>), if any.</param>
    /// <param name="RawCountry">The country as the dataset wrote it (alpha-3).</param>
    /// <param name="Placeholder">"Various companies": stands for several unnamed firms.</param>
    /// <param name="Line">The line of its first row.</param>
    internal sealed record Provider(string Id, string Name, bool IsOrganisation, string? CountryKey, string? Country, string? RawCountry, bool Placeholder, int Line)
    {
        public List<string> Aliases { get; } = [];
    }
}

namespace ChipChain.Import;

/// <summary>
/// Providers that stand for many firms rather than one (the dataset's "Various companies"): they stay suppliers, so
/// market shares add up and the markets they serve keep an alternative, but they are not failure candidates, since
/// many unnamed firms do not fail as one.
/// </summary>
internal static class EtoPlaceholders
{
    /// <summary>The <c>canFail</c> a provider node gets: <see langword="false"/> for a placeholder, else unstated (from its kind).</summary>
    public static bool? CanFail(EtoProviders.Provider provider) => provider.Placeholder ? false : null;

    /// <summary>The one warning for a placeholder provider, at the line of its first row.</summary>
    public static ImportWarning Warning(EtoProviders.Provider provider, string file) =>
        new(file, provider.Line, $"provider {provider.Id} '{provider.Name}' stands for many firms, not one; imported with canFail false, so analyses never try it as a failure (it still supplies its markets)");
}

namespace ChipChain.Rendering.Html;

/// <summary>The report's stylesheet and script, kept as real .css and .js files in the source and embedded in the assembly.</summary>
internal static class HtmlAssets
{
    private static readonly Lazy<string> CssText = new(() => Read("ChipChain.Rendering.Html.report.css"));
    private static readonly Lazy<string> ScriptText = new(() => Read("ChipChain.Rendering.Html.report.js"));
    private static readonly Lazy<string> EngineText = new(() => Read("ChipChain.Rendering.Html.timeline.js") + Read("ChipChain.Rendering.Html.whatif.js"));
    private static readonly Lazy<string> WorkbenchText = new(() => Read("ChipChain.Rendering.Html.workbench.js"));

    /// <summary>The inline stylesheet.</summary>
    public static string Css => CssText.Value;

    /// <summary>The inline script.</summary>
    public static string Script => ScriptText.Value;

    /// <summary>The what-if engine behind <c>window.chipchain.whatif</c> and <c>.timeline</c>; it runs before the other scripts.</summary>
    public static string Engine => EngineText.Value;

    /// <summary>The what-if panel.</summary>
    public static string Workbench => WorkbenchText.Value;

    private static string Read(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The report asset {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);

        // Line endings are normalised so a checkout with CRLF still gives the same bytes.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}

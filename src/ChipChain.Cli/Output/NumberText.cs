using System.Globalization;

namespace ChipChain.Cli.Output;

/// <summary>Culture-invariant number formats shared by the analysis commands.</summary>
internal static class NumberText
{
    /// <summary>A count with thousands separators.</summary>
    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A level or share 0..1 with up to three decimals.</summary>
    public static string Level(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A fraction 0..1 as a percentage with one decimal.</summary>
    public static string Percent(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}

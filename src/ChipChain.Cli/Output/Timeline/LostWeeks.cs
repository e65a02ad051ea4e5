using System.Globalization;

namespace ChipChain.Cli.Output.Timeline;

/// <summary>The weeks-weighted output lost as the timeline outputs show it: weeks to one decimal.</summary>
internal static class LostWeeks
{
    /// <summary>Rounded to one decimal, as the JSON carries it.</summary>
    public static double Round(double weeks) => Math.Round(weeks, 1, MidpointRounding.AwayFromZero);

    /// <summary>One decimal always, as the tables show it (4.0, 37.4).</summary>
    public static string Text(double weeks) => Round(weeks).ToString("0.0", CultureInfo.InvariantCulture);
}

using System.Text;
using ChipChain.Analysis.Timeline;

namespace ChipChain.Cli.Output.Timeline;

/// <summary>A compact week-by-week strip: <c>#</c> down, <c>.</c> running; beyond 156 weeks one character stands for a block of weeks, down if any of them is.</summary>
internal static class WeekStrip
{
    private const int MaxWidth = 156;

    public static string Of(IReadOnlyList<(int First, int Last)> spans, int horizon)
    {
        var block = (horizon + MaxWidth - 1) / MaxWidth;
        var strip = new StringBuilder(new string('.', (horizon + block - 1) / block));
        foreach (var span in spans)
        {
            for (var week = span.First; week <= span.Last; week++)
            {
                strip[week / block] = '#';
            }
        }

        return strip.ToString();
    }

    /// <summary>What one character of the strip stands for, said once above the table.</summary>
    public static string Legend(int horizon)
    {
        var block = (horizon + MaxWidth - 1) / MaxWidth;
        return block == 1 ? "one character a week, # down, . running" : $"one character per {block} weeks, # if down in any of them";
    }
}

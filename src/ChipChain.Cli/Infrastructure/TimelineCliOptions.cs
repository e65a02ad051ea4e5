using System.CommandLine;
using System.Globalization;
using ChipChain.Analysis.Timeline;

namespace ChipChain.Cli.Infrastructure;

/// <summary>The <c>--weeks D</c> and <c>--horizon H</c> options of timed scenarios (docs/time.md).</summary>
internal sealed class TimelineCliOptions
{
    /// <summary>How long a failure lasts when the node's recoveryWeeks does not say.</summary>
    public Option<int?> Weeks { get; } = new("--weeks")
    {
        Description = "Weeks a failed node stays down unless its recoveryWeeks says otherwise (default: the whole horizon); adds a week-by-week timeline.",
        CustomParser = NumberOptions.NullableParser<int>("--weeks"),
    };

    /// <summary>The weeks simulated.</summary>
    public Option<int?> Horizon { get; } = new("--horizon")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Weeks simulated, 0 … H-1 (default {TimelineOptions.DefaultHorizon})."),
        CustomParser = NumberOptions.NullableParser<int>("--horizon"),
    };

    /// <summary>Whether either option was given.</summary>
    public bool Given(ParseResult parse) => parse.GetValue(Weeks) is not null || parse.GetValue(Horizon) is not null;

    /// <summary>The library options from the command line; the timed outputs always show the output lost.</summary>
    /// <exception cref="CliUsageException">A value is below 1.</exception>
    public TimelineOptions Resolve(ParseResult parse)
    {
        var weeks = parse.GetValue(Weeks);
        var horizon = parse.GetValue(Horizon) ?? TimelineOptions.DefaultHorizon;
        if (weeks is < 1)
        {
            throw new CliUsageException("--weeks must be 1 or more");
        }

        if (horizon < 1)
        {
            throw new CliUsageException("--horizon must be 1 or more");
        }

        return new TimelineOptions { Weeks = weeks, Horizon = horizon, OutputLost = true };
    }
}

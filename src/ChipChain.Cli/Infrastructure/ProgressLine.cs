using System.Diagnostics;
using System.Globalization;

namespace ChipChain.Cli.Infrastructure;

/// <summary>
/// One status line on standard error while long work runs (<c>loading big.json… 3.2 s</c>), redrawn in place with a
/// carriage return and wiped when the work ends, so nothing of it stays in the terminal's scrollback and standard
/// output is never touched. Shown only after a delay, so quick commands print nothing extra. Made by
/// <see cref="CliProgress.Start"/>; a silent instance (stderr not a terminal) does nothing at all.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter? _error;
    private readonly string _what;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private readonly Timer? _timer;
    private int _drawn;
    private bool _done;

    /// <summary>A line that shows nothing.</summary>
    public static readonly ProgressLine Silent = new(null, string.Empty, TimeSpan.Zero);

    internal ProgressLine(TextWriter? error, string what, TimeSpan delay)
    {
        _error = error;
        _what = what;
        if (error is null)
        {
            return;
        }

        // No delay (tests) draws at once, so what a run shows does not depend on a timer thread's timing.
        if (delay <= TimeSpan.Zero)
        {
            Draw();
        }

        _timer = new Timer(_ => Draw(), null, delay <= TimeSpan.Zero ? Interval : delay, Interval);
    }

    /// <summary>Stops redrawing and wipes the line, leaving the cursor where the line began.</summary>
    public void Dispose()
    {
        if (_error is null)
        {
            return;
        }

        _timer!.Dispose();
        lock (_gate)
        {
            _done = true;
            if (_drawn > 0)
            {
                _error.Write("\r" + new string(' ', _drawn) + "\r");
                _error.Flush();
            }
        }
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_done)
            {
                return;
            }

            var text = string.Create(CultureInfo.InvariantCulture, $"{_what}… {_clock.Elapsed.TotalSeconds:0.0} s");
            // Pads over a longer previous text so no stale characters remain.
            _error!.Write("\r" + text.PadRight(_drawn));
            _error.Flush();
            _drawn = Math.Max(_drawn, text.Length);
        }
    }
}

using System.Runtime.InteropServices;

namespace ChipChain.Cli.Infrastructure;

/// <summary>
/// Turns SIGINT (Ctrl-C), SIGTERM, SIGHUP and SIGQUIT into cancellation, so that a running Graphviz <c>dot</c> is
/// killed and a file being written is removed. Work that does not notice within <see cref="Grace"/> is ended by
/// exiting (the library's exit hooks still kill <c>dot</c> and remove temporary files). Only the real process
/// registers these (Program.cs); in-process runs pass their own token.
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    /// <summary>How long the work may take to stop after a signal before the process exits anyway.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _exitCode;

    public TerminationSignals()
    {
        PosixSignal[] signals = OperatingSystem.IsWindows()
            ? [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT]
            : [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT];
        _registrations = [.. signals.Select(s => PosixSignalRegistration.Create(s, Handle))];
    }

    /// <summary>Cancelled when a termination signal arrives.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>The conventional exit code for the signal received (128 + its number), or 0 when none came.</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancel.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        var code = 128 + context.Signal switch
        {
            PosixSignal.SIGHUP => 1,
            PosixSignal.SIGINT => 2,
            PosixSignal.SIGQUIT => 3,
            _ => 15,
        };
        if (Interlocked.CompareExchange(ref _exitCode, code, 0) != 0)
        {
            // A second signal: stop waiting for the work.
            Environment.Exit(code);
        }

        _cancel.Cancel();
        _ = Task.Delay(Grace).ContinueWith(_ => Environment.Exit(code), TaskScheduler.Default);
    }
}

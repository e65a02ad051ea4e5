namespace ChipChain.Cli.Infrastructure;

/// <summary>The process exit codes (docs/design.md §3).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>The analysis found what <c>--fail-on</c> asked to fail on.</summary>
    public const int Found = 1;

    /// <summary>Bad input or usage.</summary>
    public const int BadInput = 2;

    /// <summary>A bug: reported as one line, never a stack trace.</summary>
    public const int InternalError = 3;

    /// <summary>Interrupted (Ctrl-C, SIGTERM): 128 + SIGINT, as shells report it; output files are left as they were.</summary>
    public const int Interrupted = 130;
}

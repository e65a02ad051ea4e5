using System.CommandLine;
using System.CommandLine.Help;
using ChipChain.Cli.Infrastructure;
using ChipChain.IO;
using ChipChain.Model;

namespace ChipChain.Cli;

/// <summary>The <c>chipchain</c> command line, runnable in-process: arguments in; standard output, error and exit code out.</summary>
public static class CliApp
{
    private static readonly string[] PassThrough = ["--help", "-h", "-?", "--version"];

    private const string ErrorPrefix = "chipchain: error: ";

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code: 0 success, 1 <c>--fail-on</c> matched, 2 bad input or usage, 3 internal error, 130 interrupted.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, CancellationToken.None);

    /// <summary>Runs the command line until done or cancelled.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error; what cannot be written there is dropped, it never fails the run.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl-C): external processes are killed, files being written removed.</param>
    /// <returns>The exit code: 0 success, 1 <c>--fail-on</c> matched, 2 bad input or usage, 3 internal error, 130 interrupted.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        return Run(args, new CliEnvironment(stdout, new TolerantWriter(stderr), terminal, cancellationToken));
    }

    /// <summary>Runs the command line in <paramref name="environment"/> (tests force its terminal flag here).</summary>
    internal static int Run(string[] args, CliEnvironment environment)
    {
        var stdout = environment.Out;
        var stderr = environment.Error;
        using var progress = CliProgress.Use(environment);
        // Not a RootCommand: that takes its name from the executable (ChipChain.Cli.dll); help must say "chipchain".
        var root = new Command("chipchain", "chipchain: where does the semiconductor supply chain break? Without a command, runs 'report'.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        foreach (var command in CommandCatalog.All)
        {
            root.Subcommands.Add(command.Create(environment));
        }

        if (args.Length > 0 && LooksLikeUnknownCommand(root, args[0]))
        {
            var known = string.Join(", ", root.Subcommands.Select(c => c.Name));
            return Fail(stderr, $"unknown command '{DisplayText.Clip(args[0], 60)}' (commands: {known}; see 'chipchain --help')");
        }

        if (args.Length == 0 || (!root.Subcommands.Any(c => c.Name == args[0]) && !PassThrough.Contains(args[0])))
        {
            args = ["report", .. args];
        }

        // No response files: an argument starting with '@' is a value (a node id, a file name), never a file to expand.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0 && !args.Any(a => PassThrough.Contains(a)))
        {
            return Fail(stderr, ParseErrors.Describe(parse));
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            stderr.Write("chipchain: interrupted\n");
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (IsBadInput(ex) is { } input)
        {
            return Fail(stderr, input.Message);
        }
        catch (Exception ex)
        {
            stderr.Write(OneLine($"chipchain: internal error: {ex.GetType().Name}: {ex.Message}") + "\n");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// The input problem an exception reports, or null for a fault of the tool. Work run in parallel reports its
    /// problems wrapped (a snapshot changed under an analysis that first reads its shares on several cores); it is a
    /// problem of the input when everything wrapped is, and the first one is reported.
    /// </summary>
    internal static Exception? IsBadInput(Exception ex) => ex switch
    {
        CliUsageException or SupplyGraphException or IOException or UnauthorizedAccessException => ex,
        AggregateException aggregate when aggregate.Flatten().InnerExceptions is [var first, ..] inner
            && inner.All(e => IsBadInput(e) is not null) => first,
        _ => null,
    };

    /// <summary>Writes one error line (at most <see cref="DisplayText.MaximumLineLength"/> characters) and returns the bad-input exit code.</summary>
    private static int Fail(TextWriter stderr, string message)
    {
        stderr.Write(OneLine(ErrorPrefix + message) + "\n");
        return ExitCodes.BadInput;
    }

    private static string OneLine(string text) =>
        DisplayText.Clip(string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), DisplayText.MaximumLineLength);

    /// <summary>A first word that is neither a command, an option nor something that could be a graph file.</summary>
    private static bool LooksLikeUnknownCommand(Command root, string first) =>
        !first.StartsWith('-')
        && !root.Subcommands.Any(c => c.Name == first)
        && !File.Exists(first)
        && !first.Contains('.', StringComparison.Ordinal)
        && !first.Contains('/', StringComparison.Ordinal)
        && !first.Contains('\\', StringComparison.Ordinal);
}

using System.CommandLine;
using ChipChain.Cli.Infrastructure;
using ChipChain.Model;

namespace ChipChain.Cli;

/// <summary>The <c>chipchain</c> command line, runnable in-process: arguments in; standard output, error and exit code out.</summary>
public static class CliApp
{
    private static readonly string[] PassThrough = ["--help", "-h", "-?", "--version"];

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code: 0 success, 1 <c>--fail-on</c> matched, 2 bad input or usage, 3 internal error.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var environment = new CliEnvironment(stdout, stderr, ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);
        var root = new RootCommand("chipchain: where does the semiconductor supply chain break? Without a command, runs 'report'.");
        foreach (var command in CommandCatalog.All)
        {
            root.Subcommands.Add(command.Create(environment));
        }

        if (args.Length > 0 && LooksLikeUnknownCommand(root, args[0]))
        {
            var known = string.Join(", ", root.Subcommands.Select(c => c.Name));
            stderr.Write($"chipchain: error: unknown command '{args[0]}' (commands: {known}; see 'chipchain --help')\n");
            return ExitCodes.BadInput;
        }

        if (args.Length == 0 || (!root.Subcommands.Any(c => c.Name == args[0]) && !PassThrough.Contains(args[0])))
        {
            args = ["report", .. args];
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !args.Any(a => PassThrough.Contains(a)))
        {
            var name = parse.CommandResult.Command.Name;
            // Some parser messages span lines (a list of allowed values): errors are always one line.
            var message = string.Join(' ', parse.Errors[0].Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            stderr.Write($"chipchain: error: {message.TrimEnd('.')} (see 'chipchain {name} --help')\n");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException ex)
        {
            stderr.Write($"chipchain: error: {ex.Message}\n");
            return ExitCodes.BadInput;
        }
        catch (SupplyGraphException ex)
        {
            stderr.Write($"chipchain: error: {ex.Message}\n");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.Write($"chipchain: error: {ex.Message}\n");
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            stderr.Write($"chipchain: internal error: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}\n");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>A first word that is neither a command, an option nor something that could be a graph file.</summary>
    private static bool LooksLikeUnknownCommand(RootCommand root, string first) =>
        !first.StartsWith('-')
        && !root.Subcommands.Any(c => c.Name == first)
        && !File.Exists(first)
        && !first.Contains('.', StringComparison.Ordinal)
        && !first.Contains('/', StringComparison.Ordinal)
        && !first.Contains('\\', StringComparison.Ordinal);
}

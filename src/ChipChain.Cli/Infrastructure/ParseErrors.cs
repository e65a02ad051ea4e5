using System.CommandLine;
using System.CommandLine.Parsing;
using ChipChain.IO;

namespace ChipChain.Cli.Infrastructure;

/// <summary>Turns the parser's first error into one line with a hint naming the full command (<c>chipchain import eto --help</c>).</summary>
internal static class ParseErrors
{
    public static string Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var path = string.Join(' ', Commands(parse.CommandResult).Reverse());
        var hint = $"(see 'chipchain {path}{(path.Length > 0 ? " " : string.Empty)}--help')";
        if (command.Subcommands.Count > 0 && command.Action is null)
        {
            // A command that only groups others (import): name them instead of the parser's "Required command was not provided".
            var names = string.Join(" or ", command.Subcommands.Select(c => c.Name));
            var unknown = parse.UnmatchedTokens.FirstOrDefault();
            return unknown is null
                ? $"'chipchain {path}' needs a kind: {names} {hint}"
                : $"unknown kind '{DisplayText.Clip(unknown, 60)}' for 'chipchain {path}': expected {names} {hint}";
        }

        var message = string.Join(' ', parse.Errors[0].Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return $"{message.TrimEnd('.')} {hint}";
    }

    private static IEnumerable<string> Commands(SymbolResult? result)
    {
        for (; result is not null; result = result.Parent)
        {
            // The root command ("chipchain") has no parent; the hint names it itself.
            if (result is CommandResult { Parent: not null } c)
            {
                yield return c.Command.Name;
            }
        }
    }
}

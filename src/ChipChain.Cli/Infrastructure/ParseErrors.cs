using System.CommandLine;
using System.CommandLine.Parsing;
using ChipChain.IO;

namespace ChipChain.Cli.Infrastructure;

/// <summary>
/// Turns a failed parse into one line with a hint naming the full command (<c>chipchain import eto --help</c>). The
/// line is built from what the parse found (a word left over, an option without its value, a required option or
/// argument missing), or is the tool's own wording from <see cref="ChoiceOptions"/>, <see cref="NumberOptions"/> and
/// validators; System.CommandLine's text is shown only for what neither covers.
/// </summary>
internal static class ParseErrors
{
    public static string Describe(ParseResult parse)
    {
        var result = parse.CommandResult;
        var command = result.Command;
        var path = string.Join(' ', Commands(result).Reverse());
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

        return $"{Problem(parse, result)} {hint}";
    }

    private static string Problem(ParseResult parse, CommandResult result)
    {
        if (parse.UnmatchedTokens.Count > 0)
        {
            return $"Unrecognized command or argument '{parse.UnmatchedTokens[0]}'";
        }

        var given = result.Children.OfType<OptionResult>().Where(o => !o.Implicit).ToList();
        foreach (var option in given)
        {
            var arity = option.Option.Arity;
            if (option.Tokens.Count < arity.MinimumNumberOfValues)
            {
                return $"Required argument missing for option: '{option.Option.Name}'";
            }

            if (option.Tokens.Count > arity.MaximumNumberOfValues)
            {
                return $"Option '{option.Option.Name}' expects a single argument but {option.Tokens.Count} were provided";
            }
        }

        // The tool's own words for a value it could not take (choices, numbers, validators).
        // (An option that was not given has nothing of the user's to word; it is reported as required below.)
        if (parse.Errors.FirstOrDefault(e => (e.SymbolResult as OptionResult ?? e.SymbolResult?.Parent as OptionResult) is { } o && given.Contains(o)) is { } own)
        {
            return own.Message;
        }

        if (result.Command.Options.FirstOrDefault(o => o.Required && !given.Any(g => g.Option == o)) is { } required)
        {
            return $"Option '{required.Name}' is required";
        }

        if (result.Command.Arguments.Any(a => a.Arity.MinimumNumberOfValues > 0 && parse.GetResult(a) is not ArgumentResult { Tokens.Count: > 0 }))
        {
            return $"Required argument missing for command: '{result.Command.Name}'";
        }

        return parse.Errors[0].Message.TrimEnd('.');
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

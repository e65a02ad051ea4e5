using System.CommandLine;
using System.CommandLine.Parsing;

namespace ChipChain.Cli.Infrastructure;

/// <summary>
/// The one way to declare an option whose value is one of a fixed set of words (<c>--format</c>, <c>--by</c>,
/// <c>--subtypes</c>, <c>--fail-on</c>, …): each word is bound to a value, usually an enum member, matched without
/// regard to case. A word outside the set is one usage error, worded the same for every option:
/// <c>unknown value 'x' for --by: expected node, country</c> (for <c>--format</c>: <c>unknown format 'x' …</c>).
/// </summary>
internal static class ChoiceOptions
{
    /// <summary>Creates an optional choice; help and shell completion offer the words.</summary>
    /// <param name="name">The option's name, e.g. <c>--by</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="defaultValue">The value when the option is not given.</param>
    /// <param name="choices">Each accepted word and its value, in the order the error message lists them. A further
    /// word for a value already listed is an alias: accepted, not listed (<c>md</c> for <c>markdown</c>).</param>
    public static Option<T> Create<T>(string name, string description, T defaultValue, params (string Word, T Value)[] choices)
    {
        var option = Build(name, description, defaultValue, choices);
        option.DefaultValueFactory = _ => defaultValue;
        return option;
    }

    /// <summary>Creates a choice the command cannot do without (<c>Option '--format' is required</c> when missing).</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">The help text.</param>
    /// <param name="choices">Each accepted word and its value, as for <see cref="Create{T}"/>.</param>
    public static Option<T> CreateRequired<T>(string name, string description, params (string Word, T Value)[] choices)
    {
        var option = Build(name, description, default(T)!, choices);
        option.Required = true;
        return option;
    }

    private static Option<T> Build<T>(string name, string description, T fallback, (string Word, T Value)[] choices)
    {
        var listed = new List<string>();
        var values = new List<T>();
        foreach (var (word, value) in choices)
        {
            if (!values.Contains(value))
            {
                values.Add(value);
                listed.Add(word);
            }
        }

        var option = new Option<T>(name)
        {
            Description = description,
            CustomParser = result => Parse(result, name, fallback, choices, listed),
        };

        // Only the words: System.CommandLine would also offer an enum's member names.
        option.CompletionSources.Clear();
        option.CompletionSources.Add([.. listed]);
        return option;
    }

    private static T Parse<T>(ArgumentResult result, string name, T fallback, (string Word, T Value)[] choices, List<string> listed)
    {
        if (result.Tokens.Count == 0)
        {
            return fallback;
        }

        var token = result.Tokens[0].Value;
        foreach (var (word, value) in choices)
        {
            if (string.Equals(word, token, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var what = name == "--format" ? "format" : "value";
        result.AddError($"unknown {what} '{token}' for {name}: expected {string.Join(", ", listed)}");
        return fallback;
    }
}

using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace ChipChain.Cli.Infrastructure;

/// <summary>
/// Parsers for numeric options, culture-invariant and worded by the tool (<c>--order takes a whole number, got 'z'</c>)
/// rather than by System.CommandLine, whose message names a .NET type (<c>System.Nullable`1[System.Int32]</c>).
/// </summary>
internal static class NumberOptions
{
    /// <summary>An option of type <typeparamref name="T"/> with a default, parsed by <see cref="Parser{T}"/>.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">The help text.</param>
    /// <param name="defaultValue">The value when the option is not given.</param>
    /// <param name="aliases">Other names, such as <c>-s</c>.</param>
    public static System.CommandLine.Option<T> Create<T>(string name, string description, T defaultValue, params string[] aliases)
        where T : struct, INumber<T> =>
        new(name, aliases) { Description = description, DefaultValueFactory = _ => defaultValue, CustomParser = Parser<T>(name) };

    /// <summary>A <c>CustomParser</c> for an option of type <typeparamref name="T"/>.</summary>
    /// <param name="name">The option's name, for the message.</param>
    /// <param name="valid">A rule the value must follow, checked while parsing (so no validator reads a value that failed to parse).</param>
    /// <param name="rule">The message when <paramref name="valid"/> fails.</param>
    public static Func<ArgumentResult, T> Parser<T>(string name, Func<T, bool>? valid = null, string? rule = null)
        where T : struct, INumber<T> =>
        result => Parse(result, name, valid, rule) ?? default;

    /// <summary>A <c>CustomParser</c> for an optional value: <see langword="null"/> when the option is not given.</summary>
    /// <param name="name">The option's name, for the message.</param>
    public static Func<ArgumentResult, T?> NullableParser<T>(string name)
        where T : struct, INumber<T> =>
        result => Parse<T>(result, name, null, null);

    private static T? Parse<T>(ArgumentResult result, string name, Func<T, bool>? valid, string? rule)
        where T : struct, INumber<T>
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var token = result.Tokens[0].Value;
        // A type check, not reflection over interfaces, so the tool also compiles ahead of time.
        var integer = typeof(T) != typeof(double) && typeof(T) != typeof(float) && typeof(T) != typeof(decimal);
        if (!T.TryParse(token, integer ? NumberStyles.Integer : NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{name} takes {(integer ? "a whole number" : "a number")}, got '{token}'");
            return null;
        }

        if (valid is not null && !valid(value))
        {
            result.AddError(rule ?? $"{name}: {token} is out of range");
            return null;
        }

        return value;
    }
}

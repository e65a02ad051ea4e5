using System.CommandLine;

namespace ChipChain.Cli.Infrastructure;

/// <summary>One <c>chipchain</c> command: a thin layer that parses options, calls the library and formats the result.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the command's definition; its action writes to <paramref name="environment"/>.</summary>
    Command Create(CliEnvironment environment);
}

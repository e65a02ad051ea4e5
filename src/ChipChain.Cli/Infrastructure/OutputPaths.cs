using ChipChain.IO;

namespace ChipChain.Cli.Infrastructure;

/// <summary>Checks an output path before any work is done: it must name a file in an existing folder, and never one of the inputs.</summary>
internal static class OutputPaths
{
    /// <summary>Refuses <paramref name="output"/> when it cannot be a file to write, or is the same file as one of <paramref name="inputs"/>.</summary>
    /// <param name="option">The option that named the output, for messages.</param>
    /// <param name="output">The output path.</param>
    /// <param name="inputs">The files the command reads (nulls are skipped).</param>
    public static void Check(string option, string? output, params string?[] inputs)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            throw new CliUsageException($"{option} must name a file");
        }

        var shown = DisplayText.Clip(output);
        if (Directory.Exists(output))
        {
            throw new CliUsageException($"{option} {shown}: is a directory, expected a file name");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliUsageException($"{option} {shown}: cannot write: the folder does not exist");
        }

        foreach (var input in inputs.OfType<string>())
        {
            if (FileIdentity.Same(output, input))
            {
                throw new CliUsageException($"{option} {shown} is the input file {DisplayText.Clip(input)}: write to another file (the input would be lost)");
            }
        }
    }
}

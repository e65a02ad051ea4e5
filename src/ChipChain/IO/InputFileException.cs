using ChipChain.Model;

namespace ChipChain.IO;

/// <summary>
/// An input file cannot be read at all: missing, a folder, not permitted, or over its size limit (<see
/// cref="SupplyGraphProblem.UnreadableFile"/>). The message is one line naming the file. The library's readers turn it
/// into the kind of the input they were reading (a scenario, an imported table), so it reaches the CLI only.
/// </summary>
internal sealed class InputFileException : SupplyGraphException
{
    /// <summary>Creates the exception.</summary>
    public InputFileException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public InputFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InputFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a file.</summary>
    /// <param name="path">The file as the user gave it.</param>
    /// <param name="problem">What is wrong, without the file name.</param>
    /// <param name="innerException">The cause, if any.</param>
    public InputFileException(string path, string problem, Exception? innerException)
        : base($"{DisplayText.Clip(path)}: {problem}", SupplyGraphProblem.UnreadableFile, path, null, innerException)
    {
        Problem = problem;
    }

    /// <summary>What is wrong, without the file name.</summary>
    public string? Problem { get; }
}

namespace ChipChain.IO;

/// <summary>An output file cannot be written. The message is one line naming the file the caller asked for (never a temporary file) and the true reason.</summary>
internal sealed class OutputFileException : IOException
{
    /// <summary>Creates the exception.</summary>
    public OutputFileException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public OutputFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public OutputFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a file.</summary>
    /// <param name="path">The file as the caller gave it.</param>
    /// <param name="reason">Why it cannot be written, without the file name.</param>
    /// <param name="innerException">The cause, if any.</param>
    public OutputFileException(string path, string reason, Exception? innerException)
        : base($"{DisplayText.Clip(path)}: cannot write: {reason}", innerException)
    {
        Reason = reason;
    }

    /// <summary>Why the file cannot be written, without the file name.</summary>
    public string? Reason { get; }
}

namespace ChipChain.Rendering.Layout;

/// <summary>Graphviz <c>dot</c> could not be run, failed, timed out or gave output that could not be read.</summary>
public sealed class GraphvizException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphvizException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public GraphvizException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public GraphvizException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

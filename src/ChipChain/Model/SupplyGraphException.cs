namespace ChipChain.Model;

/// <summary>The base of every exception ChipChain throws for a bad graph.</summary>
public class SupplyGraphException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SupplyGraphException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public SupplyGraphException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SupplyGraphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

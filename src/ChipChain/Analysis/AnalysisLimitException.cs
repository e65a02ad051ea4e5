using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// An analysis stopped at one of its documented limits (docs/limits.md) instead of running without bound: the graph
/// has a shape whose exact answer would cost far more than a supply-chain question should.
/// </summary>
public sealed class AnalysisLimitException : SupplyGraphException
{
    /// <summary>Creates the exception.</summary>
    public AnalysisLimitException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">Which limit was reached, and what to do.</param>
    public AnalysisLimitException(string message)
        : base(message, SupplyGraphProblem.AnalysisLimit)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">Which limit was reached.</param>
    /// <param name="innerException">The cause.</param>
    public AnalysisLimitException(string message, Exception innerException)
        : base(message, SupplyGraphProblem.AnalysisLimit, null, null, innerException)
    {
    }
}

using ChipChain.Model;

namespace ChipChain.Analysis.Scenarios;

/// <summary>A scenario does not fit the graph (a country with no nodes, a cut that matches no link) or its file is malformed.</summary>
internal sealed class ScenarioException : SupplyGraphException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, one line.</param>
    public ScenarioException(string message)
        : base(message, SupplyGraphProblem.InvalidScenario)
    {
    }

    /// <summary>Creates the exception for a position in a scenario file.</summary>
    /// <param name="message">What is wrong, one line, including the file, line and column.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    public ScenarioException(string message, int line, int column)
        : base(message, SupplyGraphProblem.InvalidScenario, null, new SourcePosition(line, column))
    {
    }

    /// <summary>The 1-based line in the scenario file, if the problem has a position.</summary>
    public int? Line => Position?.Line;

    /// <summary>The 1-based column in the scenario file, if the problem has a position.</summary>
    public int? Column => Position?.Column;
}

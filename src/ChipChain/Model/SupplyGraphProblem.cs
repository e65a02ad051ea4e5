namespace ChipChain.Model;

/// <summary>What kind of problem a <see cref="SupplyGraphException"/> reports, for callers that handle some differently.</summary>
public enum SupplyGraphProblem
{
    /// <summary>A problem without a more specific kind.</summary>
    Other = 0,

    /// <summary>An id names no node of the graph (a target, a failed node, a scenario's node).</summary>
    UnknownNode = 1,

    /// <summary>Two nodes share an id.</summary>
    DuplicateNode = 2,

    /// <summary>A link has the same node at both ends.</summary>
    SelfLink = 3,

    /// <summary>An input file cannot be read: missing, a folder, not permitted, or over its size limit (the CLI's inputs).</summary>
    UnreadableFile = 4,

    /// <summary>A graph file is not a valid <c>chipchain/1</c> graph; <see cref="SupplyGraphException.Diagnostics"/> lists every error.</summary>
    InvalidGraph = 5,

    /// <summary>A <c>.ccg</c> file is not a snapshot this library reads: truncated, damaged, or another version.</summary>
    InvalidSnapshot = 6,

    /// <summary>A dataset being imported (ETO, a CSV edge list) has a row that cannot be imported.</summary>
    InvalidImport = 7,

    /// <summary>A what-if scenario is not valid, or names what the graph does not have.</summary>
    InvalidScenario = 8,

    /// <summary>An analysis would exceed one of its documented bounds (docs/limits.md).</summary>
    AnalysisLimit = 9,
}

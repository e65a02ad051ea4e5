namespace ChipChain.Analysis;

/// <summary>One row of a criticality ranking: what the failure of a node (or of a whole country) stops. Immutable.</summary>
public sealed class CriticalityEntry
{
    internal CriticalityEntry(string id, IReadOnlyList<string> stoppedTargets, int stoppedNodes)
    {
        Id = id;
        StoppedTargets = stoppedTargets;
        StoppedNodes = stoppedNodes;
    }

    /// <summary>The node id, or the country code.</summary>
    public string Id { get; }

    /// <summary>
    /// The ids of the targets unavailable after the failure, sorted ordinally. A failing target counts: a node that is
    /// a target stops itself (it is in its own S set), and a country stops the targets located in it.
    /// </summary>
    public IReadOnlyList<string> StoppedTargets { get; }

    /// <summary>How many nodes become unavailable without having failed themselves: |{n : X ∈ S(n)}| − 1 for a node X.</summary>
    public int StoppedNodes { get; }
}

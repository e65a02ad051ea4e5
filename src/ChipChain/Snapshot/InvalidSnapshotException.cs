using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>A file cannot be opened as a supply graph snapshot: foreign, truncated, corrupted or of another version.</summary>
internal sealed class InvalidSnapshotException : SupplyGraphException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file name used in messages.</param>
    /// <param name="problem">What kind of problem it is.</param>
    /// <param name="reason">The problem as a short phrase, without the file name (for example <c>snapshot truncated at byte 812</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public InvalidSnapshotException(string file, SnapshotProblem problem, string reason)
        : base($"{file}: {reason}", SupplyGraphProblem.InvalidSnapshot, file)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Problem = problem;
        Reason = reason;
    }


    /// <summary>What kind of problem it is.</summary>
    public SnapshotProblem Problem { get; }

    /// <summary>The problem as a short phrase, without the file name.</summary>
    public string Reason { get; }
}

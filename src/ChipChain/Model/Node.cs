using System.Text.Json;

namespace ChipChain.Model;

/// <summary>
/// Anything that can fail or be unavailable: a firm, a facility, a product, a process step or an input category.
/// Immutable; values are checked when set.
/// </summary>
public sealed class Node
{
    // The fields most nodes leave unset live in one object made only when one is set: a million-node graph keeps
    // about 56 bytes less per node.
    private readonly Details? _details;

    /// <summary>Creates a node with the given identifier.</summary>
    /// <param name="id">The unique, case-sensitive identifier.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or white space.</exception>
    public Node(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The unique, case-sensitive identifier.</summary>
    public string Id { get; }

    /// <summary>The display name, if any.</summary>
    public string? Name { get; init; }

    /// <summary>The name to show: <see cref="Name"/>, or the id when there is none.</summary>
    public string DisplayName => Name ?? Id;

    /// <summary>The kind (see <see cref="NodeKinds"/>); unknown kinds are allowed.</summary>
    public string? Kind { get; init; }

    /// <summary>The ISO 3166 country code, if known.</summary>
    public string? Country { get; init; }

    /// <summary>How the node combines its inbound links.</summary>
    public Requirement Requires { get; init; }

    /// <summary>The node's capacity, in <see cref="Unit"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number or NaN.</exception>
    public double? Capacity
    {
        get => _details?.Capacity;
        init
        {
            if (value is { } v && (double.IsNaN(v) || v < 0))
            {
                throw new ArgumentOutOfRangeException(nameof(value), v, $"Capacity of '{Id}' must be zero or more.");
            }

            if (value is not null || _details is not null)
            {
                _details = _details ?? new Details();
                _details.Capacity = value;
            }
        }
    }

    /// <summary>The unit of <see cref="Capacity"/>.</summary>
    public string? Unit
    {
        get => _details?.Unit;
        init
        {
            if (value is not null || _details is not null)
            {
                _details = _details ?? new Details();
                _details.Unit = value;
            }
        }
    }

    /// <summary>The probability (0..1) that the node fails on its own.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0..1.</exception>
    public double? FailureProbability
    {
        get => _details?.FailureProbability;
        init
        {
            if (value is { } v && !(v >= 0 && v <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(value), v, $"Failure probability of '{Id}' must be between 0 and 1.");
            }

            if (value is not null || _details is not null)
            {
                _details = _details ?? new Details();
                _details.FailureProbability = value;
            }
        }
    }

    /// <summary>
    /// How many weeks the node stays down when it fails (1 or more), or null when not given: a timed scenario then
    /// uses its own duration (docs/time.md).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above <see cref="MaxWeeks"/>.</exception>
    public int? RecoveryWeeks
    {
        get => _details?.RecoveryWeeks;
        init
        {
            if (value is { } v && (v < 1 || v > MaxWeeks))
            {
                throw new ArgumentOutOfRangeException(nameof(value), v, $"Recovery weeks of '{Id}' must be between 1 and {MaxWeeks}.");
            }

            if (value is not null || _details is not null)
            {
                _details = _details ?? new Details();
                _details.RecoveryWeeks = value;
            }
        }
    }

    /// <summary>The largest number of weeks a recovery time, an inventory or a horizon may state (about 190 years).</summary>
    public const int MaxWeeks = 10_000;

    /// <summary>
    /// Whether the node can fail on its own, as stated in the file (<c>canFail</c>); <see langword="null"/> when
    /// not stated, in which case <see cref="IsFailureCandidate"/> follows the kind.
    /// </summary>
    public bool? CanFail { get; init; }

    /// <summary>
    /// Whether the node's own failure is an event the analyses consider: <see cref="CanFail"/> when stated, else
    /// <see langword="false"/> for the structure kinds <c>input</c> and <c>process</c> (markets, categories and
    /// process steps, the gates of the fault tree) and <see langword="true"/> for every other kind.
    /// </summary>
    public bool IsFailureCandidate => CanFail ?? !NodeKinds.IsStructure(Kind);

    /// <summary>Free-form tags.</summary>
    public IReadOnlyList<string> Tags
    {
        get => _details?.Tags ?? [];
        init
        {
            if (value is not { Count: 0 } || _details is not null)
            {
                _details = _details ?? new Details();
                _details.Tags = Frozen.List(value);
            }
        }
    }

    /// <summary>Free-form attributes (the <c>attributes</c> object of the JSON format).</summary>
    public IReadOnlyDictionary<string, JsonElement> Attributes
    {
        get => _details?.Attributes ?? EmptyProperties.Instance;
        init
        {
            if (value is not { Count: 0 } || _details is not null)
            {
                _details = _details ?? new Details();
                _details.Attributes = Frozen.Properties(value);
            }
        }
    }

    /// <summary>Properties the format does not define, kept so that a load/save round trip loses nothing.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownProperties
    {
        get => _details?.UnknownProperties ?? EmptyProperties.Instance;
        init
        {
            if (value is not { Count: 0 } || _details is not null)
            {
                _details = _details ?? new Details();
                _details.UnknownProperties = Frozen.Properties(value);
            }
        }
    }

    /// <summary>Where the node was defined in its source file, if it was loaded from one.</summary>
    public SourcePosition? Position { get; init; }

    /// <inheritdoc />
    public override string ToString() => Id;

    /// <summary>The rarely set fields; written only by the init accessors, while the node is being made.</summary>
    private sealed class Details
    {
        public double? Capacity { get; set; }

        public string? Unit { get; set; }

        public double? FailureProbability { get; set; }

        public int? RecoveryWeeks { get; set; }

        public IReadOnlyList<string> Tags { get; set; } = [];

        public IReadOnlyDictionary<string, JsonElement> Attributes { get; set; } = EmptyProperties.Instance;

        public IReadOnlyDictionary<string, JsonElement> UnknownProperties { get; set; } = EmptyProperties.Instance;
    }
}

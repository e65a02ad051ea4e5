using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>The fields of an ordinary node (scalars only), as the fast parser reads them, before it is stored in <see cref="NodeColumns"/>.</summary>
/// <param name="Position">Where the node starts in the file.</param>
internal readonly record struct NodeFields(SourcePosition Position)
{
    public string? Name { get; init; }

    public string? Kind { get; init; }

    public string? Country { get; init; }

    public string? Unit { get; init; }

    public Requirement Requires { get; init; }

    public bool? CanFail { get; init; }

    public double? Capacity { get; init; }

    public double? Probability { get; init; }

    public int? Recovery { get; init; }

    /// <summary>The node object with id <paramref name="id"/>, exactly as the token-by-token parser makes an ordinary node.</summary>
    public Node ToNode(string id) => new(id)
    {
        Name = Name,
        Kind = Kind,
        Country = Country,
        Requires = Requires,
        Capacity = Capacity,
        Unit = Unit,
        FailureProbability = Probability,
        CanFail = CanFail,
        RecoveryWeeks = Recovery,
        Tags = [],
        Attributes = ElementParser.EmptyBag,
        UnknownProperties = ElementParser.EmptyBag,
        Position = Position,
    };
}

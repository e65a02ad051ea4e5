namespace ChipChain.Export;

/// <summary>
/// One gate of an exported fault tree: an AND or OR over events, one event (the top of a source node, a structure node
/// with one item), or no event at all: the constant false of a target that can never be unavailable.
/// </summary>
/// <param name="Name">The MEF gate name.</param>
/// <param name="Label">What the gate means, in words.</param>
/// <param name="Connective">"and", "or", or <see langword="null"/> for a gate that is just its one argument (or, with none, false).</param>
/// <param name="Arguments">The arguments.</param>
internal sealed record FaultTreeGate(string Name, string Label, string? Connective, IReadOnlyList<FaultTreeEvent> Arguments);

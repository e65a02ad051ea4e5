namespace ChipChain.Analysis.Diff;

/// <summary>
/// A link present in both graphs whose effective share (the share within its item after the format's normalisation,
/// docs/design.md "Volume") moved by more than the tolerance.
/// </summary>
/// <param name="Link">The link.</param>
/// <param name="Before">The effective share in the old graph, 0..1.</param>
/// <param name="After">The effective share in the new graph, 0..1.</param>
public sealed record ShareChange(LinkKey Link, double Before, double After);

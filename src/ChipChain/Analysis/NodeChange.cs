namespace ChipChain.Analysis;

/// <summary>
/// One node's value before and after a change, for every answer that compares two states: a node's name, kind or
/// country between two graphs (<c>NodeChange&lt;string?&gt;</c>, null when the node had none), its exposure between
/// two graphs (<c>NodeChange&lt;double?&gt;</c>, null when the graph has no such node, 0 when it is not upstream of
/// the target), or its supply level before and after a what-if scenario (<c>NodeChange&lt;double&gt;</c>, 0..1).
/// Immutable.
/// </summary>
/// <typeparam name="T">The kind of value.</typeparam>
/// <param name="Id">The node id.</param>
/// <param name="Before">The value before.</param>
/// <param name="After">The value after.</param>
public sealed record NodeChange<T>(string Id, T Before, T After);

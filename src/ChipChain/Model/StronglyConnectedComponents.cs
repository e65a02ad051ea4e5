using ChipChain.Analysis;

namespace ChipChain.Model;

/// <summary>
/// The strongly connected components of the supply graph (edges run supplier → consumer), numbered in topological
/// order: every supplier's component comes no later than its consumers'. Iterative Tarjan, linear time, no recursion,
/// so it is safe on million-node graphs.
/// </summary>
internal sealed class StronglyConnectedComponents
{
    private readonly UpstreamComponents _components;

    /// <summary>Computes the components of <paramref name="topology"/>.</summary>
    /// <param name="topology">The graph's topology.</param>
    /// <exception cref="ArgumentNullException"><paramref name="topology"/> is null.</exception>
    /// <remarks>
    /// The one Tarjan of the library (<see cref="UpstreamComponents"/>) started from every node: it walks consumer →
    /// supplier and emits a component only after every component it draws on, which is already topological order.
    /// </remarks>
    public StronglyConnectedComponents(GraphTopology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        _components = new UpstreamComponents(topology, Enumerable.Range(0, topology.NodeCount));
    }

    /// <summary>The components in the form the bottom-up analyses sweep (<see cref="ComponentSweep"/>).</summary>
    public UpstreamComponents Order => _components;

    /// <summary>The number of components.</summary>
    public int Count => _components.Count;

    /// <summary>The component of node <paramref name="node"/>.</summary>
    /// <param name="node">A node index.</param>
    /// <returns>The component number (topological order).</returns>
    public int ComponentOf(int node) => _components.ComponentOf[node];

    /// <summary>The nodes of component <paramref name="component"/>, in increasing index order.</summary>
    /// <param name="component">A component number.</param>
    /// <returns>The member node indices.</returns>
    public ReadOnlySpan<int> Members(int component) => _components.Members(component);

    /// <summary>Whether component <paramref name="component"/> contains a cycle (self-links are not allowed, so: more than one node).</summary>
    /// <param name="component">A component number.</param>
    /// <returns><see langword="true"/> for a cycle.</returns>
    public bool IsCyclic(int component) => _components.Members(component).Length > 1;
}

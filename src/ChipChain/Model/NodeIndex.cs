namespace ChipChain.Model;

/// <summary>
/// Node id to node index for a <see cref="SupplyGraph"/>. A built graph keeps a dictionary; a loaded one keeps the
/// loader's table over the ids' UTF-8 bytes (<c>Json.NodeIdTable</c>), so loading builds no second index.
/// </summary>
internal abstract class NodeIndex
{
    /// <summary>Looks up a node index.</summary>
    /// <param name="id">The id.</param>
    /// <param name="index">The index, when found.</param>
    /// <returns><see langword="true"/> if found.</returns>
    public abstract bool TryGetIndex(string id, out int index);

    /// <summary>An index over a dictionary the caller no longer changes.</summary>
    public static NodeIndex Of(Dictionary<string, int> index) => new DictionaryIndex(index);

    private sealed class DictionaryIndex(Dictionary<string, int> map) : NodeIndex
    {
        public override bool TryGetIndex(string id, out int index) => map.TryGetValue(id, out index);
    }
}

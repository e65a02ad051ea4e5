using System.Collections;

namespace ChipChain.Analysis;

/// <summary>
/// A path of node ids that shares its longer part with the path it extends, so the paths of every node of a
/// dependency tree cost one cell each instead of the square of the tree's depth. Read-only; enumerating costs the
/// path's length.
/// </summary>
internal sealed class SharedPath : IReadOnlyList<string>
{
    /// <summary>How many ids at the far end (the root's end) each path keeps at hand.</summary>
    public const int FarCells = 16;

    private readonly string _id;
    private readonly SharedPath? _rest;
    private readonly bool _appended;

    // The ids at the far end, in path order: shared with the rest once it is long enough, so it costs nothing.
    private readonly string[] _far;

    private SharedPath(string id, SharedPath? rest, bool appended)
    {
        _id = id;
        _rest = rest;
        _appended = appended;
        Count = (rest?.Count ?? 0) + 1;
        _far = rest is not null && rest.Count >= FarCells ? rest._far : [.. this];
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public string this[int index] => index >= 0 && index < Count
        ? this.ElementAt(index)
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The path of one node.</summary>
    public static SharedPath Of(string id) => new(id, null, appended: false);

    /// <summary><paramref name="id"/> followed by <paramref name="rest"/>.</summary>
    public static SharedPath Prepend(string id, SharedPath rest) => new(id, rest, appended: false);

    /// <summary><paramref name="rest"/> followed by <paramref name="id"/>.</summary>
    public static SharedPath Append(SharedPath rest, string id) => new(id, rest, appended: true);

    /// <summary>The first and last <paramref name="count"/> ids (count ≤ <see cref="FarCells"/>, Count &gt; 2 × count).</summary>
    public (IReadOnlyList<string> First, IReadOnlyList<string> Last) Ends(int count)
    {
        var near = new string[count];
        var p = this;
        for (var k = 0; k < count; k++, p = p._rest!)
        {
            near[k] = p._id;
        }

        if (_appended)
        {
            // Built by appending: this cell is the last id, the far end is the path's start.
            Array.Reverse(near);
            return (_far[..count], near);
        }

        return (near, _far[^count..]);
    }

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator()
    {
        // Cells are either all prepended (upstream trees) or all appended (downstream trees) after the first.
        var cells = new string[Count];
        var k = 0;
        for (var p = this; p is not null; p = p._rest)
        {
            cells[k++] = p._id;
        }

        if (_appended)
        {
            Array.Reverse(cells);
        }

        return ((IEnumerable<string>)cells).GetEnumerator();
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

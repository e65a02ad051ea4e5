namespace ChipChain.Model;

/// <summary>
/// An array that is either given at once or made on first use. A graph opened from a snapshot checks every array when
/// it is opened but reads some again only when an analysis first asks for them (shares, link numbers, each entry's
/// item), so that opening copies nothing an analysis may never use.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class LazyArray<T>
{
    private readonly Func<T[]>? _make;
    private T[]? _array;

    /// <summary>An array given at once.</summary>
    public LazyArray(T[] array) => _array = array;

    /// <summary>An array made by <paramref name="make"/> on first use.</summary>
    public LazyArray(Func<T[]> make) => _make = make;

    /// <summary>
    /// The array, made now if it was not yet. Two threads that both make it make equal arrays; one is kept. A plain
    /// read, not a volatile one: analyses read this in their innermost loops, and an array is published whole (by the
    /// exchange below) before any reader can see it.
    /// </summary>
    /// <exception cref="Snapshot.InvalidSnapshotException">A snapshot's array is read again and the file no longer holds the bytes it was opened with.</exception>
    /// <exception cref="IOException">A snapshot's array is read again and the file can no longer be read.</exception>
    public T[] Value => _array ?? Make();

    private T[] Make()
    {
        var made = _make!();
        return Interlocked.CompareExchange(ref _array, made, null) ?? made;
    }
}

namespace ChipChain.Json;

/// <summary>
/// The node ids of one parallel chunk, in order, ready for the id table: their UTF-8 bytes and their lookup probes
/// are made on the chunk's core, so the single thread that fills the table in file order only inserts.
/// </summary>
/// <param name="capacity">How many ids to make room for.</param>
internal sealed class PreparedIds(int capacity = 1 << 12)
{
    // Made on the first id: a parallel read makes a chunk's ids before it knows the chunk is in the array.
    private byte[] _bytes = [];
    private int[] _start = [0];
    private NodeIdTable.Slot[] _probes = [];

    /// <summary>The number of ids.</summary>
    public int Count { get; private set; }

    /// <summary>The total length of their UTF-8 bytes.</summary>
    public int Bytes => _start[Count];

    /// <summary>Adds an id by its UTF-8 bytes.</summary>
    public void Add(ReadOnlySpan<byte> utf8)
    {
        if (Count + 2 > _start.Length)
        {
            var size = Math.Max(Math.Max(capacity, 16), _start.Length * 2);
            Array.Resize(ref _start, size + 1);
            Array.Resize(ref _probes, size);
        }

        var end = _start[Count];
        var length = utf8.Length;
        if (end + length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(Math.Max(capacity, 16) * 24, Math.Max(_bytes.Length * 2, end + length)));
        }

        var target = _bytes.AsSpan(end, length);
        utf8.CopyTo(target);

        _probes[Count] = NodeIdTable.Probe(target);
        _start[Count + 1] = end + length;
        Count++;
    }

    /// <summary>The UTF-8 bytes of id <paramref name="i"/>.</summary>
    public ReadOnlySpan<byte> Id(int i) => _bytes.AsSpan(_start[i], _start[i + 1] - _start[i]);

    /// <summary>The lookup probe of id <paramref name="i"/>.</summary>
    public ref readonly NodeIdTable.Slot Probe(int i) => ref _probes[i];

    /// <summary>The lookup probes of ids <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> − 1.</summary>
    public ReadOnlySpan<NodeIdTable.Slot> Probes(int from, int count) => _probes.AsSpan(from, count);
}

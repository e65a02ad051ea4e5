using System.Text;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// The nodes the parser read, in columns: ordinary nodes (scalar fields only, the fast path's) are kept as values and
/// made into <see cref="Node"/> objects only on first use, so loading a million-node graph makes no node objects;
/// nodes read token by token (tags, attributes, unknown properties) are kept whole as well. Columns that every node
/// leaves empty are never allocated. Ids are not kept here but as UTF-8 where <paramref name="ids"/> finds them (the
/// id table, or a parallel chunk's prepared ids), and a string is made only when one is asked for: the load itself
/// makes no string per node.
/// </summary>
/// <param name="ids">Node <c>i</c>'s id as UTF-8.</param>
/// <param name="capacity">The number of nodes to make room for.</param>
internal sealed class NodeColumns(NodeColumns.IdBytes ids, int capacity = 1024)
{
    private const byte RequiresAny = 1;
    private const byte CanFailFalse = 2;
    private const byte CanFailTrue = 4;
    // Made on the first node: a parallel read makes a chunk's columns before it knows the chunk is in the array.
    private string?[] _kind = [];
    private string?[] _country = [];
    private byte[] _flags = [];
    private SourcePosition[] _position = [];
    private string?[]? _name;
    private string?[]? _unit;
    private double[]? _capacity;
    private double[]? _probability;
    private int[]? _recovery;
    private Dictionary<int, Node>? _whole;

    /// <summary>Where node <c>i</c>'s id is found as UTF-8.</summary>
    public delegate ReadOnlySpan<byte> IdBytes(int i);

    /// <summary>The number of nodes.</summary>
    public int Count { get; private set; }

    /// <summary>Node <paramref name="i"/>'s id.</summary>
    public string IdOf(int i) => _whole is not null && _whole.TryGetValue(i, out var whole) ? whole.Id : Encoding.UTF8.GetString(ids(i));

    /// <summary>Node <paramref name="i"/>'s kind.</summary>
    public string? KindOf(int i) => _kind[i];

    /// <summary>Node <paramref name="i"/>'s position in the file.</summary>
    public SourcePosition PositionOf(int i) => _position[i];

    /// <summary>Whether node <paramref name="i"/> treats all its inbound links as one item.</summary>
    public bool RequiresAnyOf(int i) => (_flags[i] & RequiresAny) != 0;

    /// <summary>Whether node <paramref name="i"/> is a failure candidate (<see cref="Node.IsFailureCandidate"/>).</summary>
    public bool IsCandidate(int i) => (_flags[i] & (CanFailFalse | CanFailTrue)) switch
    {
        CanFailFalse => false,
        CanFailTrue => true,
        _ => !NodeKinds.IsStructure(_kind[i]),
    };

    /// <summary>The ids, in order (made on each call: for messages only).</summary>
    public string[] Ids() => [.. Enumerable.Range(0, Count).Select(IdOf)];

    /// <summary>Adds an ordinary node.</summary>
    public void Add(in NodeFields node)
    {
        var i = Count;
        if (i == _flags.Length)
        {
            Grow(i + 1);
        }

        _kind[i] = node.Kind;
        _country[i] = node.Country;
        _position[i] = node.Position;
        _flags[i] = (byte)((node.Requires == Requirement.Any ? RequiresAny : 0) | node.CanFail switch { false => CanFailFalse, true => CanFailTrue, null => 0 });
        if (node.Name is not null || _name is not null)
        {
            Column(ref _name, i, null)[i] = node.Name;
        }

        if (node.Unit is not null || _unit is not null)
        {
            Column(ref _unit, i, null)[i] = node.Unit;
        }

        if (node.Capacity is not null || _capacity is not null)
        {
            Column(ref _capacity, i, double.NaN)[i] = node.Capacity ?? double.NaN;
        }

        if (node.Probability is not null || _probability is not null)
        {
            Column(ref _probability, i, double.NaN)[i] = node.Probability ?? double.NaN;
        }

        if (node.Recovery is not null || _recovery is not null)
        {
            Column(ref _recovery, i, -1)[i] = node.Recovery ?? -1;
        }
        Count = i + 1;
    }

    /// <summary>Adds a node read token by token, kept whole.</summary>
    public void Add(Node node)
    {
        (_whole ??= [])[Count] = node;
        Add(new NodeFields(node.Position ?? default)
        {
            Name = node.Name,
            Kind = node.Kind,
            Country = node.Country,
            Requires = node.Requires,
            CanFail = node.CanFail,
        });
    }

    /// <summary>Makes room for <paramref name="count"/> more nodes.</summary>
    public void Reserve(int count)
    {
        if (Count + count > _flags.Length)
        {
            Grow(Count + count);
        }
    }

    /// <summary>Appends nodes <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> − 1 of <paramref name="other"/>.</summary>
    public void Append(NodeColumns other, int from, int count)
    {
        Reserve(count);
        Array.Copy(other._kind, from, _kind, Count, count);
        Array.Copy(other._country, from, _country, Count, count);
        Array.Copy(other._flags, from, _flags, Count, count);
        Array.Copy(other._position, from, _position, Count, count);
        Copy(other._name, ref _name, from, count, null);
        Copy(other._unit, ref _unit, from, count, null);
        Copy(other._capacity, ref _capacity, from, count, double.NaN);
        Copy(other._probability, ref _probability, from, count, double.NaN);
        Copy(other._recovery, ref _recovery, from, count, -1);
        foreach (var (i, node) in other._whole ?? [])
        {
            if (i >= from && i < from + count)
            {
                (_whole ??= [])[Count + i - from] = node;
            }
        }

        Count += count;
    }

    /// <summary>Node <paramref name="i"/> as an object: the one kept whole, or a new one made from the columns.</summary>
    public Node Make(int i) => _whole is not null && _whole.TryGetValue(i, out var whole)
        ? whole
        : new NodeFields(_position[i])
        {
            Name = _name?[i],
            Kind = _kind[i],
            Country = _country[i],
            Unit = _unit?[i],
            Requires = RequiresAnyOf(i) ? Requirement.Any : Requirement.All,
            CanFail = (_flags[i] & (CanFailFalse | CanFailTrue)) switch { CanFailFalse => false, CanFailTrue => true, _ => null },
            Capacity = _capacity is null || double.IsNaN(_capacity[i]) ? null : _capacity[i],
            Probability = _probability is null || double.IsNaN(_probability[i]) ? null : _probability[i],
            Recovery = _recovery is null || _recovery[i] < 0 ? null : _recovery[i],
        }.ToNode(IdOf(i));

    /// <summary>The column, made (empty up to <paramref name="i"/>) when this is its first value.</summary>
    private T[] Column<T>(ref T[]? column, int i, T empty)
    {
        if (column is null)
        {
            column = new T[_flags.Length];
            column.AsSpan(0, i).Fill(empty);
        }

        return column;
    }

    private void Copy<T>(T[]? source, ref T[]? target, int from, int count, T empty)
    {
        if (source is null && target is null)
        {
            return;
        }

        if (target is null)
        {
            target = new T[_flags.Length];
            target.AsSpan(0, Count).Fill(empty);
        }

        if (source is null)
        {
            target.AsSpan(Count, count).Fill(empty);
        }
        else
        {
            Array.Copy(source, from, target, Count, count);
        }
    }

    private void Grow(int need)
    {
        var size = Math.Max(need, Math.Max(Math.Max(capacity, 16), _flags.Length + (_flags.Length >> 1)));
        Array.Resize(ref _kind, size);
        Array.Resize(ref _country, size);
        Array.Resize(ref _flags, size);
        Array.Resize(ref _position, size);
        Resize(ref _name, size, null);
        Resize(ref _unit, size, null);
        Resize(ref _capacity, size, double.NaN);
        Resize(ref _probability, size, double.NaN);
        Resize(ref _recovery, size, -1);
    }

    private static void Resize<T>(ref T[]? column, int size, T empty)
    {
        if (column is not null)
        {
            var old = column.Length;
            Array.Resize(ref column, size);
            column.AsSpan(old).Fill(empty);
        }
    }
}

using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// The nodes the parser read, in columns: ordinary nodes (scalar fields only, the fast path's) are kept as values and
/// made into <see cref="Node"/> objects only on first use, so loading a million-node graph makes no node objects;
/// nodes read token by token (tags, attributes, unknown properties) are kept whole as well. Columns that every node
/// leaves empty are never allocated.
/// </summary>
internal sealed class NodeColumns(int capacity = 1024)
{
    private const byte RequiresAny = 1;
    private const byte CanFailFalse = 2;
    private const byte CanFailTrue = 4;
    private string[] _id = new string[Math.Max(capacity, 16)];
    private string?[] _kind = new string?[Math.Max(capacity, 16)];
    private string?[] _country = new string?[Math.Max(capacity, 16)];
    private byte[] _flags = new byte[Math.Max(capacity, 16)];
    private SourcePosition[] _position = new SourcePosition[Math.Max(capacity, 16)];
    private string?[]? _name;
    private string?[]? _unit;
    private double[]? _capacity;
    private double[]? _probability;
    private int[]? _recovery;
    private Dictionary<int, Node>? _whole;

    /// <summary>The number of nodes.</summary>
    public int Count { get; private set; }

    /// <summary>Node <paramref name="i"/>'s id.</summary>
    public string IdOf(int i) => _id[i];

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

    /// <summary>The ids, in order.</summary>
    public ArraySegment<string> Ids => new(_id, 0, Count);

    /// <summary>Adds an ordinary node.</summary>
    public void Add(in NodeFields node)
    {
        var i = Count;
        if (i == _id.Length)
        {
            Grow(i + 1);
        }

        _id[i] = node.Id;
        _kind[i] = node.Kind;
        _country[i] = node.Country;
        _position[i] = node.Position;
        _flags[i] = (byte)((node.Requires == Requirement.Any ? RequiresAny : 0) | node.CanFail switch { false => CanFailFalse, true => CanFailTrue, null => 0 });
        Set(ref _name, i, node.Name);
        Set(ref _unit, i, node.Unit);
        Set(ref _capacity, i, node.Capacity ?? double.NaN, double.NaN);
        Set(ref _probability, i, node.Probability ?? double.NaN, double.NaN);
        Set(ref _recovery, i, node.Recovery ?? -1, -1);
        Count = i + 1;
    }

    /// <summary>Adds a node read token by token, kept whole.</summary>
    public void Add(Node node)
    {
        (_whole ??= [])[Count] = node;
        Add(new NodeFields(node.Id, node.Position ?? default)
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
        if (Count + count > _id.Length)
        {
            Grow(Count + count);
        }
    }

    /// <summary>Appends nodes <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> − 1 of <paramref name="other"/>.</summary>
    public void Append(NodeColumns other, int from, int count)
    {
        if (Count + count > _id.Length)
        {
            Grow(Count + count);
        }

        Array.Copy(other._id, from, _id, Count, count);
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
        : new NodeFields(_id[i], _position[i])
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
        }.ToNode();

    private void Set<T>(ref T[]? column, int i, T value, T empty = default!)
    {
        if (column is null)
        {
            if (EqualityComparer<T>.Default.Equals(value, empty))
            {
                return;
            }

            column = new T[_id.Length];
            if (!EqualityComparer<T>.Default.Equals(empty, default!))
            {
                column.AsSpan(0, i).Fill(empty);
            }
        }

        column[i] = value;
    }

    private void Copy<T>(T[]? source, ref T[]? target, int from, int count, T empty)
    {
        if (source is null && target is null)
        {
            return;
        }

        if (target is null)
        {
            target = new T[_id.Length];
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
        var size = Math.Max(need, _id.Length + (_id.Length >> 1));
        Array.Resize(ref _id, size);
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

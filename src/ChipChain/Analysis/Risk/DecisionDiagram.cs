using System.Globalization;

namespace ChipChain.Analysis.Risk;

/// <summary>
/// A reduced ordered binary decision diagram with shared nodes (hash-consed, so two equal functions are the same
/// node and comparing functions is comparing integers). Node 0 is false, node 1 is true; every other node tests a
/// variable and has a low (variable false: the candidate does not fail) and a high child, both created before it, so
/// node numbers are a topological order with children first. Variables are tested in increasing number from the root.
/// </summary>
internal sealed class DecisionDiagram
{
    /// <summary>The constant false.</summary>
    public const int False = 0;

    /// <summary>The constant true.</summary>
    public const int True = 1;

    private const int Terminal = int.MaxValue;
    private readonly Dictionary<(int Variable, int Low, int High), int> _unique = [];
    private readonly Dictionary<(int A, int B), int> _and = [];
    private readonly Dictionary<(int A, int B), int> _or = [];
    private readonly int _maxNodes;
    private readonly long _maxSteps;
    private int[] _variable = new int[1024];
    private int[] _low = new int[1024];
    private int[] _high = new int[1024];
    private long _steps;

    /// <summary>Creates an empty diagram that refuses to grow past <paramref name="maxNodes"/> nodes or <paramref name="maxSteps"/> operations.</summary>
    public DecisionDiagram(int maxNodes, long maxSteps)
    {
        _maxNodes = maxNodes;
        _maxSteps = maxSteps;
        _variable[False] = _variable[True] = Terminal;
        Count = 2;
    }

    /// <summary>The number of nodes, terminals included.</summary>
    public int Count { get; private set; }

    /// <summary>The variable node <paramref name="node"/> tests.</summary>
    public int VariableOf(int node) => _variable[node];

    /// <summary>The child taken when the variable is false.</summary>
    public int Low(int node) => _low[node];

    /// <summary>The child taken when the variable is true.</summary>
    public int High(int node) => _high[node];

    /// <summary>The function "variable <paramref name="variable"/> is true".</summary>
    public int Variable(int variable) => Make(variable, False, True);

    /// <summary>The conjunction of two functions.</summary>
    /// <exception cref="AnalysisLimitException">The diagram passes its node or operation limit.</exception>
    public int And(int a, int b)
    {
        if (a == False || b == False)
        {
            return False;
        }

        if (a == True || a == b)
        {
            return b;
        }

        if (b == True)
        {
            return a;
        }

        var key = a < b ? (a, b) : (b, a);
        if (_and.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var (v, a0, a1, b0, b1) = Split(a, b);
        var result = Make(v, And(a0, b0), And(a1, b1));
        _and[key] = result;
        return result;
    }

    /// <summary>The disjunction of two functions.</summary>
    /// <exception cref="AnalysisLimitException">The diagram passes its node or operation limit.</exception>
    public int Or(int a, int b)
    {
        if (a == True || b == True)
        {
            return True;
        }

        if (a == False || a == b)
        {
            return b;
        }

        if (b == False)
        {
            return a;
        }

        var key = a < b ? (a, b) : (b, a);
        if (_or.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var (v, a0, a1, b0, b1) = Split(a, b);
        var result = Make(v, Or(a0, b0), Or(a1, b1));
        _or[key] = result;
        return result;
    }

    /// <summary>The probability that function <paramref name="root"/> is true, each variable true independently with <paramref name="probability"/>; also, per node, that probability.</summary>
    public double[] Probabilities(int root, IReadOnlyList<double> probability)
    {
        var p = new double[Math.Max(root + 1, 2)];
        p[True] = 1;
        for (var n = 2; n <= root; n++)
        {
            var q = probability[_variable[n]];
            p[n] = (q * p[_high[n]]) + ((1 - q) * p[_low[n]]);
        }

        return p;
    }

    /// <summary>
    /// The partial derivative of P(<paramref name="root"/>) by each variable's probability, which for a function
    /// linear in each probability is its Birnbaum importance P(true | variable) − P(true | not variable). One pass from
    /// the root: each node's chance of being reached, times the difference its variable makes there.
    /// </summary>
    public double[] Derivatives(int root, IReadOnlyList<double> probability, double[] nodeProbability, int variables)
    {
        var derivative = new double[variables];
        if (root < 2)
        {
            return derivative;
        }

        var reach = new double[root + 1];
        reach[root] = 1;
        for (var n = root; n >= 2; n--)
        {
            if (reach[n] == 0)
            {
                continue;
            }

            var v = _variable[n];
            var q = probability[v];
            reach[_high[n]] += reach[n] * q;
            reach[_low[n]] += reach[n] * (1 - q);
            derivative[v] += reach[n] * (nodeProbability[_high[n]] - nodeProbability[_low[n]]);
        }

        return derivative;
    }

    private (int Variable, int A0, int A1, int B0, int B1) Split(int a, int b)
    {
        if (++_steps > _maxSteps)
        {
            throw new AnalysisLimitException(string.Create(CultureInfo.InvariantCulture, $"the exact risk needs more than {_maxSteps:N0} decision-diagram operations (docs/risk.md): use --method montecarlo"));
        }

        var va = _variable[a];
        var vb = _variable[b];
        var v = Math.Min(va, vb);
        return (v,
            va == v ? _low[a] : a,
            va == v ? _high[a] : a,
            vb == v ? _low[b] : b,
            vb == v ? _high[b] : b);
    }

    private int Make(int variable, int low, int high)
    {
        if (low == high)
        {
            return low;
        }

        if (_unique.TryGetValue((variable, low, high), out var existing))
        {
            return existing;
        }

        if (Count >= _maxNodes)
        {
            throw new AnalysisLimitException(string.Create(CultureInfo.InvariantCulture, $"the exact risk needs more than {_maxNodes:N0} decision-diagram nodes (docs/risk.md): use --method montecarlo"));
        }

        if (Count == _variable.Length)
        {
            Array.Resize(ref _variable, Count * 2);
            Array.Resize(ref _low, Count * 2);
            Array.Resize(ref _high, Count * 2);
        }

        var node = Count++;
        _variable[node] = variable;
        _low[node] = low;
        _high[node] = high;
        _unique.Add((variable, low, high), node);
        return node;
    }
}

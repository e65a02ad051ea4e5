using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using ChipChain.Json;
using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>The node columns of a snapshot: text, number and weeks columns, and the property bags, each checked as it is read.</summary>
internal sealed partial class SnapshotReader
{
    /// <summary>A column of string indices (-1 for none), read in chunks; null when every entry is -1 or the column is stored empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[]? TextColumn(SnapshotSection section)
    {
        var n = _snapshot.Extent(section).Length == 0 ? 0 : _snapshot.Counts.Nodes;
        using var column = new SnapshotColumn<int>(_snapshot, section);
        int[]? kept = null;
        for (var start = 0; start < n; start += ChunkLength)
        {
            var chunk = column.Next(Math.Min(ChunkLength, n - start));
            Check(ColumnChecks.AllIndicesOrNone(chunk, _strings.Count), "a string index is out of range");

            if (kept is null && chunk.ContainsAnyExcept(-1))
            {
                kept = GC.AllocateUninitializedArray<int>(n);
                kept.AsSpan(0, start).Fill(-1);
            }

            if (kept is not null)
            {
                chunk.CopyTo(kept.AsSpan(start));
            }
        }

        column.Verify();
        return kept;
    }

    /// <summary>A number column (NaN for none) whose values must also be whole and at least <paramref name="min"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double[]? WeeksColumn(double[]? column, double min, string problem)
    {
        foreach (var v in column ?? [])
        {
            Check(double.IsNaN(v) || (v >= min && v == Math.Floor(v)), problem);
        }

        return column;
    }

    /// <summary>A column of numbers (NaN for none) in 0..<paramref name="max"/>, read in chunks; null when every entry is NaN or the column is stored empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double[]? NumberColumn(SnapshotSection section, double max, string problem)
    {
        var n = _snapshot.Extent(section).Length == 0 ? 0 : _snapshot.Counts.Nodes;
        using var column = new SnapshotColumn<double>(_snapshot, section);
        double[]? kept = null;
        for (var start = 0; start < n; start += ChunkLength)
        {
            var chunk = column.Next(Math.Min(ChunkLength, n - start));
            var any = false;
            foreach (var v in chunk)
            {
                var none = double.IsNaN(v);
                Check(none || (v >= 0 && v <= max), problem);
                any |= !none;
            }

            if (kept is null && any)
            {
                kept = GC.AllocateUninitializedArray<double>(n);
                kept.AsSpan(0, start).Fill(double.NaN);
            }

            if (kept is not null)
            {
                chunk.CopyTo(kept.AsSpan(start));
            }
        }

        column.Verify();
        return kept;
    }

    /// <summary>Parses every distinct property bag a column names, once, so that making a node later cannot fail.</summary>
    private void ParseBags(int[]? column)
    {
        if (column is null)
        {
            return;
        }

        var last = -1;
        foreach (var text in column)
        {
            if (text != last && text >= 0)
            {
                Bag(text);
            }

            last = text;
        }
    }
}

using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>A node index keyed on the ids' UTF-8 bytes; a lookup by text encodes the id once, without a string.</summary>
internal abstract class Utf8NodeIndex : NodeIndex
{
    /// <summary>The index of the id whose UTF-8 bytes are <paramref name="id"/>, or -1.</summary>
    public abstract int IndexOf(ReadOnlySpan<byte> id);

    /// <inheritdoc />
    public override bool TryGetIndex(string id, out int index)
    {
        // Ids are valid UTF-8; text that has no UTF-8 form (a lone surrogate) names no node.
        var most = Encoding.UTF8.GetMaxByteCount(id.Length);
        var rented = most > 512 ? ArrayPool<byte>.Shared.Rent(most) : null;
        var bytes = rented ?? stackalloc byte[512];
        try
        {
            var ok = Utf8.FromUtf16(id, bytes, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done;
            index = ok ? IndexOf(bytes[..written]) : -1;
            return index >= 0;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}

using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>The per-node flag byte: bit 0 requires any, bit 1 canFail stated, bit 2 canFail's value; other bits zero.</summary>
internal static class SnapshotFlags
{
    private const byte RequiresAny = 1;
    private const byte CanFailStated = 2;
    private const byte CanFailValue = 4;
    private const byte Known = RequiresAny | CanFailStated | CanFailValue;

    /// <summary>The flags of a node.</summary>
    public static byte Of(Node node)
    {
        var flags = node.Requires == Requirement.Any ? RequiresAny : (byte)0;
        if (node.CanFail is { } canFail)
        {
            flags |= CanFailStated;
            flags |= canFail ? CanFailValue : (byte)0;
        }

        return flags;
    }

    /// <summary>Whether the flags are ones <see cref="Of"/> can give.</summary>
    public static bool IsValid(byte flags) =>
        (flags & ~Known) == 0 && ((flags & CanFailStated) != 0 || (flags & CanFailValue) == 0);

    /// <summary>The requirement the flags state.</summary>
    public static Requirement Requires(byte flags) => (flags & RequiresAny) != 0 ? Requirement.Any : Requirement.All;

    /// <summary>The canFail value the flags state, if any.</summary>
    public static bool? CanFail(byte flags) => (flags & CanFailStated) != 0 ? (flags & CanFailValue) != 0 : null;
}

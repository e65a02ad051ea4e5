namespace ChipChain.Model;

/// <summary>The node kinds ChipChain knows. Other kinds are accepted; <c>validate</c> warns about them.</summary>
internal static class NodeKinds
{
    /// <summary>A chip designer (fabless firm).</summary>
    public const string Designer = "designer";

    /// <summary>A pure-play foundry.</summary>
    public const string Foundry = "foundry";

    /// <summary>An integrated device manufacturer.</summary>
    public const string Idm = "idm";

    /// <summary>An outsourced assembly and test firm.</summary>
    public const string Osat = "osat";

    /// <summary>A memory maker.</summary>
    public const string Memory = "memory";

    /// <summary>An equipment (tool) maker.</summary>
    public const string Equipment = "equipment";

    /// <summary>A materials supplier.</summary>
    public const string Materials = "materials";

    /// <summary>An electronic design automation vendor.</summary>
    public const string Eda = "eda";

    /// <summary>An intellectual-property (core, ISA) licensor.</summary>
    public const string Ip = "ip";

    /// <summary>A finished product such as a chip.</summary>
    public const string Product = "product";

    /// <summary>A process step.</summary>
    public const string Process = "process";

    /// <summary>An input category (often a market node with <c>requires: any</c>).</summary>
    public const string Input = "input";

    /// <summary>Anything else.</summary>
    public const string Other = "other";

    /// <summary>Every known kind, in the order of docs/design.md.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Designer, Foundry, Idm, Osat, Memory, Equipment, Materials, Eda, Ip, Product, Process, Input, Other];

    /// <summary>Whether <paramref name="kind"/> is one of the known kinds (ordinal comparison).</summary>
    /// <param name="kind">The kind to test.</param>
    /// <returns><see langword="true"/> for a known kind.</returns>
    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="kind"/> is a structure kind (<c>input</c> or <c>process</c>): a node of such a kind
    /// cannot fail on its own unless it says so with <c>canFail</c>.
    /// </summary>
    /// <param name="kind">The kind to test.</param>
    /// <returns><see langword="true"/> for <c>input</c> and <c>process</c>.</returns>
    public static bool IsStructure(string? kind) => kind is Input or Process;
}

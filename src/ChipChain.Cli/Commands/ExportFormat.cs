namespace ChipChain.Cli.Commands;

/// <summary>What <c>chipchain export</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>The whole graph as GraphML.</summary>
    GraphMl,

    /// <summary>A target's fault tree as Open-PSA MEF 2.0 XML.</summary>
    OpenPsa,
}

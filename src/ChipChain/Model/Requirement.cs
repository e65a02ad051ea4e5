namespace ChipChain.Model;

/// <summary>How a node combines its inbound supply links.</summary>
public enum Requirement
{
    /// <summary>Every item is required; links sharing an item are alternatives (the default).</summary>
    All = 0,

    /// <summary>All inbound links form one item: any available supplier satisfies the node (a market node).</summary>
    Any = 1,
}

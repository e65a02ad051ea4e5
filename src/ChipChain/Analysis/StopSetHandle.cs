namespace ChipChain.Analysis;

/// <summary>A set S(<see cref="Base"/>) ∪ <see cref="Extra"/> (sorted, disjoint from S(Base)); Base -1 is the empty set.</summary>
internal readonly record struct StopSetHandle(int Base, int[] Extra)
{
    public bool IsEmpty => Base < 0 && Extra.Length == 0;
}

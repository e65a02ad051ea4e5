namespace ChipChain.Json;

/// <summary>What a fast element parser did with the next array element.</summary>
internal enum FastElementResult
{
    /// <summary>The element was complete and ordinary, and it was added.</summary>
    Parsed,

    /// <summary>The element needs the token-by-token path (an error, an unusual property, or the end of the array); nothing was added.</summary>
    Slow,

    /// <summary>The buffer ends inside the element; nothing was added.</summary>
    NeedMoreData,
}

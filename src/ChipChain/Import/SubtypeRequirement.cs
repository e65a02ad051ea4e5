namespace ChipChain.Import;

/// <summary>How an ETO input with subtypes (<c>is_type_of</c> rows) depends on them.</summary>
internal enum SubtypeRequirement
{
    /// <summary>Every subtype is required (the default: a leading-edge fab needs every lithography type).</summary>
    All = 0,

    /// <summary>Any one subtype will do.</summary>
    Any = 1,
}

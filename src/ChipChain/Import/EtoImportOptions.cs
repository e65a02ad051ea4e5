namespace ChipChain.Import;

/// <summary>Options of <see cref="EtoImport"/>.</summary>
internal sealed class EtoImportOptions
{
    /// <summary>The default options.</summary>
    public static EtoImportOptions Default { get; } = new();

    /// <summary>How an input with subtypes depends on them (default <see cref="SubtypeRequirement.All"/>).</summary>
    public SubtypeRequirement Subtypes { get; init; } = SubtypeRequirement.All;
}

namespace ChipChain.Import;

/// <summary>A row of <c>inputs.csv</c>: an input category, process or output of the chip supply chain.</summary>
internal sealed record EtoInput(string Id, string Name, string Type, string? Stage, string? StageId, string? Year, string? MarketSize, string? Description, int Line);

/// <summary>A row of <c>providers.csv</c>; an id repeats once per alias.</summary>
internal sealed record EtoProviderRow(string Id, string Name, string? Alias, string Type, string? Country, int Line);

/// <summary>A row of <c>provision.csv</c>: a provider's share of an input's (or stage's) market, in percent (decimal, so that 1.4 % becomes exactly 0.014).</summary>
internal sealed record EtoProvisionRow(string ProviderId, string ProvidedId, decimal? Percent, bool Negligible, string? Year, string? Source, int Line);

/// <summary>A row of <c>sequence.csv</c>: an input goes into a process, or is a type of a parent input.</summary>
internal sealed record EtoSequenceRow(string InputId, string? GoesIntoId, string? TypeOfId, int Line);

/// <summary>The four tables of the dataset that the mapping uses, with the file names for messages.</summary>
internal sealed record EtoDataset(
    string InputsFile,
    IReadOnlyList<EtoInput> Inputs,
    string ProvidersFile,
    IReadOnlyList<EtoProviderRow> Providers,
    string ProvisionFile,
    IReadOnlyList<EtoProvisionRow> Provision,
    string SequenceFile,
    IReadOnlyList<EtoSequenceRow> Sequence);

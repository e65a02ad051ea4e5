using ChipChain.Model;

namespace ChipChain.Import;

/// <summary>
/// Maps the ETO dataset to a supply graph (the rules are in docs/readme/import.md): inputs and organisations become
/// nodes, organisation provision rows supply links, country rows <c>countryShares</c>, <c>goes_into</c> rows required
/// items of the process they go into, <c>is_type_of</c> rows the requirement of the parent input.
/// </summary>
internal sealed class EtoGraphMapper
{
    private readonly EtoDataset _data;
    private readonly SubtypeRequirement _subtypes;
    private readonly List<ImportWarning> _warnings = [];
    private readonly Dictionary<string, EtoInput> _inputs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stageIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _subtypesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EtoInputFacts> _facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _suppliedKinds = new(StringComparer.Ordinal);
    private readonly List<EtoLink> _links = [];
    private readonly HashSet<(string, string, string)> _linkKeys = [];
    private readonly EtoProviders _providers;

    private EtoGraphMapper(EtoDataset data, SubtypeRequirement subtypes)
    {
        _data = data;
        _subtypes = subtypes;
        foreach (var input in data.Inputs)
        {
            if (!_inputs.TryAdd(input.Id, input))
            {
                throw new ImportException(data.InputsFile, input.Line, $"input id {input.Id} appears twice (first on line {_inputs[input.Id].Line})");
            }

            if (input.StageId is { } stage)
            {
                _stageIds.Add(stage);
            }
        }

        _providers = EtoProviders.Read(data, _warnings);
    }

    public static ImportResult Map(EtoDataset data, SubtypeRequirement subtypes)
    {
        var mapper = new EtoGraphMapper(data, subtypes);
        mapper.MapSequence();
        mapper.MapProvision();
        var builder = new SupplyGraphBuilder { Metadata = EtoSources.Metadata(subtypes, mapper._links) };
        var nodes = new EtoNodeFactory(mapper._inputs, mapper._providers, mapper._facts, mapper._suppliedKinds, mapper._links, mapper._warnings, data.InputsFile);
        foreach (var node in nodes.Create())
        {
            builder.AddNode(node);
        }

        foreach (var link in EtoSources.OrderedLinks(mapper._links, builder.Metadata))
        {
            builder.AddLink(link);
        }

        return new ImportResult(builder.Build(), mapper._warnings);
    }

    private void MapSequence()
    {
        var file = _data.SequenceFile;
        foreach (var row in _data.Sequence)
        {
            if (!_inputs.ContainsKey(row.InputId))
            {
                Warn(file, row.Line, $"input_id {row.InputId} is not in inputs.csv; row skipped");
                continue;
            }

            if (row.GoesIntoId is null && row.TypeOfId is null)
            {
                Warn(file, row.Line, $"row of {row.InputId} has neither goes_into_id nor is_type_of_id; skipped");
            }

            if (row.GoesIntoId is { } process && Known(file, row, process, "goes_into_id"))
            {
                // Each input a process consumes is its own required item, named by the input's id.
                AddLink(new EtoLink(row.InputId, process, row.InputId, null, false, null, null), file, row.Line);
            }

            if (row.TypeOfId is { } parent && Known(file, row, parent, "is_type_of_id"))
            {
                if (!_subtypesOf.TryGetValue(parent, out var list))
                {
                    _subtypesOf[parent] = list = [];
                }

                list.Add(row.InputId);
                var item = _subtypes == SubtypeRequirement.All ? row.InputId : parent;
                AddLink(new EtoLink(row.InputId, parent, item, null, false, null, null), file, row.Line);
            }
        }
    }

    private bool Known(string file, EtoSequenceRow row, string id, string column)
    {
        if (!_inputs.ContainsKey(id))
        {
            Warn(file, row.Line, $"{column} {id} is not in inputs.csv; link from {row.InputId} skipped");
            return false;
        }

        if (id == row.InputId)
        {
            Warn(file, row.Line, $"{row.InputId} refers to itself in {column}; skipped");
            return false;
        }

        return true;
    }

    private void MapProvision()
    {
        var file = _data.ProvisionFile;
        var first = _warnings.Count;
        var seen = new HashSet<(string, string)>();
        foreach (var row in _data.Provision)
        {
            if (!_providers.ById.TryGetValue(row.ProviderId, out var provider))
            {
                Warn(file, row.Line, $"provider_id {row.ProviderId} is not in providers.csv; row for {row.ProvidedId} skipped");
                continue;
            }

            if (!seen.Add((row.ProviderId, row.ProvidedId)))
            {
                Warn(file, row.Line, $"{row.ProviderId} provides {row.ProvidedId} a second time; row skipped");
                continue;
            }

            if (!_inputs.TryGetValue(row.ProvidedId, out var input))
            {
                ProvideStage(file, row, provider);
                continue;
            }

            var facts = Facts(input.Id);
            if (!provider.IsOrganisation)
            {
                facts.AddCountry(provider, row);
                continue;
            }

            facts.CountOrganisation(row);
            CountKind(provider.Id, input);
            var share = row.Percent is { } percent ? EtoInputFacts.Fraction(percent) : row.Negligible ? EtoImport.NegligibleShare : (double?)null;
            if (_subtypesOf.ContainsKey(input.Id))
            {
                // An input with subtypes gets its requirement from them; its own rows are aggregate market shares.
                if (share is { } s)
                {
                    facts.MarketShares.Add(new(provider.Id, s));
                }
                else
                {
                    facts.MarketWithoutShare.Add(provider.Id);
                }

                if (row.Negligible)
                {
                    facts.MarketNegligible.Add(provider.Id);
                }

                continue;
            }

            AddLink(new EtoLink(provider.Id, input.Id, input.Id, share, row.Negligible, row.Year, row.Source), file, row.Line);
        }

        foreach (var (id, facts) in _facts)
        {
            var name = _inputs.TryGetValue(id, out var input) ? $"{id} ({input.Name})" : $"stage {id}";
            facts.CheckSums(file, name, _warnings);
        }

        // The file's warnings in line order (stable: a row's own warnings first).
        var ordered = _warnings.Skip(first).OrderBy(w => w.Line).ToList();
        _warnings.RemoveRange(first, ordered.Count);
        _warnings.AddRange(ordered);
    }

    private void ProvideStage(string file, EtoProvisionRow row, EtoProviders.Provider provider)
    {
        if (!_stageIds.Contains(row.ProvidedId))
        {
            Warn(file, row.Line, $"provided_id {row.ProvidedId} is neither an input nor a stage of inputs.csv; row skipped");
        }
        else if (provider.IsOrganisation)
        {
            Warn(file, row.Line, $"organisation {row.ProviderId} provides stage {row.ProvidedId}; stage shares are kept for countries only, row skipped");
        }
        else
        {
            Facts(row.ProvidedId).AddCountry(provider, row);
        }
    }

    private EtoInputFacts Facts(string id)
    {
        if (!_facts.TryGetValue(id, out var facts))
        {
            _facts[id] = facts = new EtoInputFacts();
        }

        return facts;
    }

    private void CountKind(string providerId, EtoInput input)
    {
        if (!_suppliedKinds.TryGetValue(providerId, out var counts))
        {
            _suppliedKinds[providerId] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        var kind = EtoNodeFactory.ProviderKindFor(input);
        counts[kind] = (counts.TryGetValue(kind, out var n) ? n : 0) + 1;
    }

    private void AddLink(EtoLink link, string file, int line)
    {
        if (_linkKeys.Add((link.Supplier, link.Consumer, link.Item)))
        {
            _links.Add(link);
        }
        else
        {
            Warn(file, line, $"link {link.Supplier} -> {link.Consumer} (item {link.Item}) is given twice; row skipped");
        }
    }

    private void Warn(string file, int line, string message) => _warnings.Add(new ImportWarning(file, line, message));
}

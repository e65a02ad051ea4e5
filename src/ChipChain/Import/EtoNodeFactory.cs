using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Import;

/// <summary>
/// Creates the nodes: one per input (kind from its ETO type, requirement from its inbound links) and one per
/// organisation provider (kind from what it supplies), ordered by id with numbers compared by value.
/// </summary>
internal sealed class EtoNodeFactory(
    Dictionary<string, EtoInput> inputs,
    EtoProviders providers,
    Dictionary<string, EtoInputFacts> facts,
    Dictionary<string, Dictionary<string, int>> suppliedKinds,
    IReadOnlyList<EtoLink> links,
    List<ImportWarning> warnings,
    string inputsFile)
{
    /// <summary>The kind a firm gets for supplying <paramref name="input"/>.</summary>
    public static string ProviderKindFor(EtoInput input) => input.Type switch
    {
        "tool_resource" when input.Name.Contains("design automation", StringComparison.OrdinalIgnoreCase) => NodeKinds.Eda,
        "tool_resource" => NodeKinds.Equipment,
        "material_resource" when input.Name.Contains("intellectual property", StringComparison.OrdinalIgnoreCase) => NodeKinds.Ip,
        "material_resource" => NodeKinds.Materials,
        "design_resource" => NodeKinds.Designer,
        _ => NodeKinds.Other,
    };

    public IEnumerable<Node> Create()
    {
        var nodes = new List<Node>(inputs.Count + providers.ById.Count);
        var inboundItems = InboundItems();
        foreach (var input in inputs.Values)
        {
            nodes.Add(InputNode(input, inboundItems.GetValueOrDefault(input.Id)));
        }

        foreach (var provider in providers.ById.Values.Where(p => p.IsOrganisation))
        {
            nodes.Add(ProviderNode(provider));
        }

        nodes.Sort((a, b) => NaturalIdComparer.Instance.Compare(a.Id, b.Id));
        return nodes;
    }

    private Dictionary<string, HashSet<string>> InboundItems()
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            if (!result.TryGetValue(link.Consumer, out var items))
            {
                result[link.Consumer] = items = new HashSet<string>(StringComparer.Ordinal);
            }

            items.Add(link.Item);
        }

        return result;
    }

    private Node InputNode(EtoInput input, HashSet<string>? items)
    {
        var kind = input.Type switch
        {
            "process" => NodeKinds.Process,
            "ultimate_output" => NodeKinds.Product,
            "tool_resource" or "material_resource" or "design_resource" => NodeKinds.Input,
            _ => null,
        };
        if (kind is null)
        {
            warnings.Add(new ImportWarning(inputsFile, input.Line, $"input {input.Id} has type '{input.Type}', which ChipChain does not know; kind 'other'"));
            kind = NodeKinds.Other;
        }

        // A market node: every inbound link delivers the input itself (its providers, or with --subtypes any its
        // subtypes), so any one supplier will do. Inputs that also consume other inputs (Wafer needs crystal
        // growing furnaces) keep "all": the providers are then one item among the required ones.
        var isMarket = items is { Count: 1 } && items.Contains(input.Id);
        var attributes = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["etoType"] = AttributeValues.String(input.Type) };
        AddIfSet(attributes, "stage", input.Stage);
        AddIfSet(attributes, "stageId", input.StageId);
        AddIfSet(attributes, "year", input.Year);
        AddIfSet(attributes, "marketSize", input.MarketSize);
        AddIfSet(attributes, "description", input.Description);
        if (facts.TryGetValue(input.Id, out var own))
        {
            own.WriteAttributes(attributes, string.Empty);
        }

        if (input.StageId is { } stage && facts.TryGetValue(stage, out var stageFacts))
        {
            stageFacts.WriteAttributes(attributes, "stage");
        }

        return new Node(input.Id)
        {
            Name = input.Name,
            Kind = kind,
            Requires = isMarket ? Requirement.Any : Requirement.All,
            Attributes = attributes,
        };
    }

    private Node ProviderNode(EtoProviders.Provider provider)
    {
        var attributes = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["etoType"] = AttributeValues.String("organization") };
        AddIfSet(attributes, "etoCountry", provider.RawCountry);
        if (provider.Aliases.Count > 0)
        {
            attributes["aliases"] = AttributeValues.Strings(provider.Aliases);
        }

        if (provider.Placeholder)
        {
            // "Various companies": several unnamed firms. Kept as a supplier so shares add up, but not one firm.
            attributes["placeholder"] = AttributeValues.True;
        }

        return new Node(provider.Id)
        {
            Name = provider.Name,
            Kind = ProviderKind(provider.Id),
            Country = provider.Country,
            CanFail = EtoPlaceholders.CanFail(provider),
            Attributes = attributes,
        };
    }

    /// <summary>The kind of most of what the firm supplies; ties go to the kind listed first in <see cref="NodeKinds.All"/>.</summary>
    private string ProviderKind(string id)
    {
        if (!suppliedKinds.TryGetValue(id, out var counts))
        {
            return NodeKinds.Other;
        }

        return counts.OrderByDescending(c => c.Value).ThenBy(c => IndexOfKind(c.Key)).First().Key;
    }

    private static int IndexOfKind(string kind)
    {
        for (var i = 0; i < NodeKinds.All.Count; i++)
        {
            if (NodeKinds.All[i] == kind)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static void AddIfSet(Dictionary<string, JsonElement> attributes, string name, string? value)
    {
        if (value is not null)
        {
            attributes[name] = AttributeValues.String(value);
        }
    }
}

using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Analysis.Scenarios;

/// <summary>The structured entries of a scenario file: cuts, degradations and the maps of probabilities, weeks and citations.</summary>
internal ref partial struct ScenarioReader
{
    private const string ProbabilityMap = "an object of probabilities such as {\"TW\": 0.05}";
    private const string WeeksMap = "an object of weeks by node id such as {\"asml\": 26}";

    private List<CutDocument>? Cuts(string path)
    {
        var cuts = new List<CutDocument>();
        return Objects(path, cuts, ["supplierCountry", "consumerCountry"], ["item", "supplierKind", "consumerKind"], (ref ScenarioReader r, string name, string at, CutDocument cut) =>
        {
            var value = r.NonEmpty(at);
            switch (name)
            {
                case "supplierCountry": cut.SupplierCountry = value; break;
                case "consumerCountry": cut.ConsumerCountry = value; break;
                case "item": cut.Item = value; break;
                case "supplierKind": cut.SupplierKind = value; break;
                case "consumerKind": cut.ConsumerKind = value; break;
            }
        });
    }

    private List<DegradeDocument>? Degradations(string path)
    {
        var degradations = new List<DegradeDocument>();
        return Objects(path, degradations, ["id", "level"], [], (ref ScenarioReader r, string name, string at, DegradeDocument degradation) =>
        {
            if (name == "id")
            {
                degradation.Id = r.NonEmpty(at);
            }
            else
            {
                degradation.Level = r.Unit(at);
            }
        });
    }

    private delegate void Field<T>(ref ScenarioReader reader, string name, string path, T entry);

    /// <summary>An array of objects with the properties <paramref name="required"/> and <paramref name="optional"/>, no others.</summary>
    private List<T>? Objects<T>(string path, List<T> result, string[] required, string[] optional, Field<T> field)
        where T : new()
    {
        if (IsNull)
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            throw Fail($"expected an array of objects, found {Found()}", path, At);
        }

        while (Next(path) != JsonTokenType.EndArray)
        {
            var item = $"{path}[{result.Count}]";
            if (_reader.TokenType != JsonTokenType.StartObject)
            {
                throw Fail($"expected an object, found {Found()}", item, At);
            }

            var start = At;
            var entry = new T();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (Next(item) == JsonTokenType.PropertyName)
            {
                var (name, at, nameStart) = Property(item, seen);
                if (!required.Contains(name, StringComparer.Ordinal) && !optional.Contains(name, StringComparer.Ordinal))
                {
                    throw Fail($"unknown property '{name}'", at, nameStart);
                }

                Next(at);
                field(ref this, name, at, entry);
            }

            var missing = required.Where(r => !seen.Contains(r)).Select(r => $"'{r}'").ToList();
            if (missing.Count > 0)
            {
                throw Fail($"missing required property {string.Join(", ", missing)}", item, start);
            }

            result.Add(entry);
        }

        return result;
    }

    private Dictionary<string, double>? Probabilities(string path) =>
        Map(path, ProbabilityMap, (ref ScenarioReader r, string key, string at) =>
            r._reader.TokenType == JsonTokenType.Number && r._reader.TryGetDouble(out var value) && value is >= 0 and <= 1
                ? value
                : throw r.Fail($"expected a probability from 0 to 1 for '{key}'", at, r.At));

    private Dictionary<string, int>? Weeks(string path) =>
        Map(path, WeeksMap, (ref ScenarioReader r, string key, string at) =>
            r._reader.TokenType == JsonTokenType.Number && r._reader.TryGetInt32(out var weeks) && weeks is >= 1 and <= Node.MaxWeeks
                ? weeks
                : throw r.Fail($"expected a whole number of weeks from 1 to {Node.MaxWeeks} for '{key}'", at, r.At));

    private Dictionary<string, string>? Citations(string path) =>
        Map(path, "an object of citations such as {\"TW\": \"a source\"}", (ref ScenarioReader r, string key, string at) =>
            r.IsNull ? string.Empty : r._reader.TokenType == JsonTokenType.String ? r.Text(at) : throw r.Fail($"expected a string, found {r.Found()}", at, r.At));

    private delegate T Value<T>(ref ScenarioReader reader, string key, string path);

    /// <summary>An object keyed by non-empty strings, each value checked, no key twice.</summary>
    private Dictionary<string, T>? Map<T>(string path, string expected, Value<T> value)
    {
        if (IsNull)
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail($"expected {expected}", path, At);
        }

        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        while (Next(path) == JsonTokenType.PropertyName)
        {
            var key = Text(path);
            var at = path + "." + key;
            var keyStart = At;
            if (string.IsNullOrWhiteSpace(key))
            {
                throw Fail("expected a non-empty key", path, keyStart);
            }

            if (result.ContainsKey(key))
            {
                throw Fail($"'{key}' is given twice", at, keyStart);
            }

            Next(at);
            result.Add(key, value(ref this, key, at));
        }

        return result;
    }
}

using System.Globalization;

namespace ChipChain.Json;

/// <summary>
/// The JSON path of one array element (<c>$.links[3]</c>), turned into text only when a message needs it: building
/// a path string for every property read would allocate tens of millions of strings on a large file.
/// </summary>
internal readonly record struct ElementPath(string Array, int Index)
{
    /// <summary>The path of a property of the element, e.g. <c>$.links[3].supplier</c>.</summary>
    public string Of(string field) => string.Create(CultureInfo.InvariantCulture, $"$.{Array}[{Index}].{field}");

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"$.{Array}[{Index}]");
}

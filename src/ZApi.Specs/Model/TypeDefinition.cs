using System.Linq;

namespace ZApi.Specs.Model;

/// <summary>
/// A named type of a spec's <c>types</c> section: an object with attributes, or an enum of strings.
/// Specs that use the same type each define it; identical definitions become one C# type.
/// </summary>
/// <param name="Name">The C# type name (PascalCase), such as <c>InstanceSummary</c> or <c>Middleware</c>.</param>
/// <param name="Description">The documented description.</param>
/// <param name="Attributes">The members of an object type.</param>
/// <param name="EnumValues">The JSON strings of an enum type.</param>
/// <param name="FilePath">The spec file that defines it.</param>
/// <param name="NameSpan">Where the name stands in that file.</param>
/// <param name="EnumDescriptions">What the page says some enum values mean (<c>{ value: contacts, description: ... }</c> in <c>enum</c>), in value order.</param>
/// <param name="IsOpen">An enum the server may extend (<c>open: true</c>): a value it does not list is read, not refused.</param>
public sealed record TypeDefinition(
    string Name,
    string? Description,
    EquatableArray<SpecAttribute> Attributes,
    EquatableArray<string> EnumValues,
    string FilePath,
    SourceSpan NameSpan,
    bool IsOpen = false,
    EquatableArray<EnumValueDescription> EnumDescriptions = default)
{
    public bool IsEnum => !EnumValues.IsEmpty;

    /// <summary>What the page says the enum value <paramref name="value"/> means, or null.</summary>
    public string? DescriptionOf(string value) => System.Linq.Enumerable.FirstOrDefault(EnumDescriptions, d => d.Value == value)?.Description;

    /// <summary>Equal apart from where it is written.</summary>
    public bool SameAs(TypeDefinition other) =>
        Name == other.Name
        && Description == other.Description
        && IsOpen == other.IsOpen
        && EnumValues == other.EnumValues
        && EnumDescriptions == other.EnumDescriptions
        && Attributes.Count == other.Attributes.Count
        && Attributes.Zip(other.Attributes, (a, b) => a.SameAs(b)).All(same => same);
}

using System.Collections.Generic;
using ZApi.Specs.Model;
using ZApi.Specs.Naming;
using ZApi.Specs.Validation;

namespace ZApi.Specs.Parsing;

/// <summary>Attribute names must give distinct C# property names that a record can hold.</summary>
internal sealed partial class SpecReader
{
    /// <summary>Members every record already has; a property of that name would hide or break them.</summary>
    private static readonly HashSet<string> ReservedMembers = new()
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "GetType", "MemberwiseClone", "Finalize",
    };

    private void CheckNames(List<SpecAttribute> attributes, string where)
    {
        var seen = new Dictionary<string, SpecAttribute>();
        for (int i = 0; i < attributes.Count; i++)
        {
            SpecAttribute attribute = attributes[i];
            string property = CSharpNames.ToPascalCase(attribute.Name);
            if (ReservedMembers.Contains(property))
            {
                _context.Report(SpecErrorKind.NameCollision, $"The attribute '{attribute.Name}' in {where} would generate the property '{property}', which every C# record already has.", attribute.NameSpan);
                attributes.RemoveAt(i--);
                continue;
            }

            if (seen.TryGetValue(property, out SpecAttribute? first))
            {
                _context.Report(SpecErrorKind.NameCollision, $"The attributes '{first.Name}' and '{attribute.Name}' in {where} both generate the property '{property}'; rename one.", attribute.NameSpan);
                attributes.RemoveAt(i--);
                continue;
            }

            seen.Add(property, attribute);
        }
    }
}

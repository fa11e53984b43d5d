using System.Collections.Generic;
using ZApi.Specs.Model;
using ZApi.Specs.Naming;
using ZApi.Specs.Validation;

namespace ZApi.Specs.Parsing;

/// <summary>Names must give distinct C# properties and parameters that compile.</summary>
internal sealed partial class SpecReader
{
    /// <summary>Members every record already has; a property of that name would hide or break them.</summary>
    private static readonly HashSet<string> ReservedMembers = new()
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "GetType", "MemberwiseClone", "Finalize", "Clone",
    };

    /// <summary>Parameters every generated method already has.</summary>
    private static readonly HashSet<string> ReservedParameters = new() { "request", "cancellationToken" };

    private void CheckNames(List<SpecAttribute> attributes, string where, string? typeName = null)
    {
        var seen = new Dictionary<string, SpecAttribute>();
        for (int i = 0; i < attributes.Count; i++)
        {
            SpecAttribute attribute = attributes[i];
            string property = GeneratedNames.Property(attribute.Name);
            if (ReservedMembers.Contains(property) || property == typeName)
            {
                _context.Report(SpecErrorKind.NameCollision, $"The attribute '{attribute.Name}' in {where} would generate the property '{property}', which the C# type already has (or is).", attribute.NameSpan);
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

    /// <summary>Path and query parameters become method parameters: their C# names must differ from each other and from the fixed ones.</summary>
    private void CheckParameterNames(EquatableArray<SpecAttribute> path, EquatableArray<SpecAttribute> query)
    {
        var seen = new Dictionary<string, SpecAttribute>();
        foreach (SpecAttribute parameter in System.Linq.Enumerable.Concat(path, query))
        {
            string name = GeneratedNames.Parameter(parameter.Name).TrimStart('@');
            if (ReservedParameters.Contains(name))
            {
                _context.Report(SpecErrorKind.NameCollision, $"The parameter '{parameter.Name}' would generate the method parameter '{name}', which every generated method already has; rename it.", parameter.NameSpan);
                continue;
            }

            if (seen.TryGetValue(name, out SpecAttribute? first))
            {
                _context.Report(SpecErrorKind.NameCollision, $"The parameters '{first.Name}' and '{parameter.Name}' both generate the method parameter '{name}'; rename one.", parameter.NameSpan);
                continue;
            }

            seen.Add(name, parameter);
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Naming;
using ZApi.Specs.Validation;
using ZApi.Specs.Yaml;

namespace ZApi.Specs.Parsing;

/// <summary>The <c>types</c> section (named objects and enums) and the <c>type</c>/<c>items</c> keys that refer to them.</summary>
internal sealed partial class SpecReader
{
    private readonly Dictionary<string, TypeDefinition> _types = new();

    /// <summary>Names declared under <c>types</c>, known before any attribute refers to them.</summary>
    private readonly HashSet<string> _typeNames = new();

    /// <summary>How many known type names an "unknown type" message lists.</summary>
    private const int MaxListedTypes = 20;

    /// <summary>The scalar names, <c>array</c> and the declared type names, sorted once per file.</summary>
    private string[]? _knownTypeNames;

    private EquatableArray<TypeDefinition> ReadTypes(MappingReader spec)
    {
        YamlNode? node = spec.Node("types");
        if (node is null || (node is YamlScalar scalar && scalar.IsNull))
        {
            return EquatableArray<TypeDefinition>.Empty;
        }

        if (node is not YamlMapping mapping)
        {
            _context.Report(SpecErrorKind.WrongNodeKind, $"'types' must map type names to definitions (Instance: ...), not {node.KindName}.", node.Span);
            return EquatableArray<TypeDefinition>.Empty;
        }

        var byFoldedName = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
        {
            if (!IsTypeName(entry.Key))
            {
                continue;
            }

            // Each type is a file whose name compares ignoring case: 'Instance' and 'INSTANCE' would collide.
            if (byFoldedName.TryGetValue(entry.Key.Value, out string? first))
            {
                _context.Report(SpecErrorKind.NameCollision, $"The type names '{first}' and '{entry.Key.Value}' differ only in case; generated file names compare ignoring case, so name them apart.", entry.Key.Span);
                continue;
            }

            byFoldedName.Add(entry.Key.Value, entry.Key.Value);
            _typeNames.Add(entry.Key.Value);
        }

        _knownTypeNames = AttributeTypeNames.Scalars.Concat(new[] { AttributeTypeNames.ArrayName }).Concat(_typeNames.OrderBy(n => n, System.StringComparer.Ordinal)).ToArray();

        var definitions = new List<TypeDefinition>();
        foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
        {
            if (!_typeNames.Contains(entry.Key.Value))
            {
                continue;
            }

            TypeDefinition? definition = ReadType(entry.Key, entry.Value);
            if (definition is not null)
            {
                _types[definition.Name] = definition;
                definitions.Add(definition);
            }
        }

        return definitions.ToEquatableArray();
    }

    private bool IsTypeName(YamlScalar name)
    {
        string value = name.Value;
        bool shape = value.Length is > 0 and <= SpecLimits.MaxTypeNameLength && value[0] >= 'A' && value[0] <= 'Z' && value.All(c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
        if (!shape)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"The type name '{value}' must be a PascalCase C# name (ASCII letters and digits, starting upper-case, at most {SpecLimits.MaxTypeNameLength}), such as 'InstanceSummary'.", name.Span);
            return false;
        }

        string? reserved = GeneratedNames.ReservedBy(value);
        if (reserved is not null)
        {
            _context.Report(SpecErrorKind.NameCollision, $"The type name '{value}' is reserved: {reserved}. Choose another name.", name.Span);
            return false;
        }

        return true;
    }

    private TypeDefinition? ReadType(YamlScalar name, YamlNode node)
    {
        string where = $"type '{name.Value}'";
        MappingReader? type = MappingReader.Open(node, where, name.Span, _context, SpecKeys.Type, System.Array.Empty<string>());
        if (type is null)
        {
            return null;
        }

        string? description = type.Text("description", required: false);
        YamlSequence? values = type.Sequence("enum");
        bool hasMembers = type.Find("required") is not null || type.Find("optional") is not null;
        if (values is not null && hasMembers)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"Type '{name.Value}' is either an enum ('enum') or an object ('required'/'optional'), not both.", name.Span);
            return null;
        }

        if (values is not null)
        {
            EquatableArray<string> enumValues = ReadEnumValues(values, name.Value);
            return enumValues.IsEmpty ? null : new TypeDefinition(name.Value, description, EquatableArray<SpecAttribute>.Empty, enumValues, _context.FilePath, name.Span);
        }

        var attributes = new List<SpecAttribute>();
        ReadAttributes(type.Sequence("required"), isRequired: true, where + ".required", AttributeRole.Member, attributes);
        ReadAttributes(type.Sequence("optional"), isRequired: false, where + ".optional", AttributeRole.Member, attributes);
        CheckNames(attributes, where, name.Value);
        if (attributes.Count == 0)
        {
            _context.Report(SpecErrorKind.MissingKey, $"Type '{name.Value}' declares no members: list them under 'required' and 'optional', or its values under 'enum'.", name.Span);
            return null;
        }

        return new TypeDefinition(name.Value, description, attributes.ToEquatableArray(), EquatableArray<string>.Empty, _context.FilePath, name.Span);
    }

    private EquatableArray<string> ReadEnumValues(YamlSequence values, string typeName)
    {
        var result = new List<string>();
        var members = new Dictionary<string, string>();
        foreach (YamlNode item in values.Items)
        {
            if (item is not YamlScalar value || value.IsNull)
            {
                _context.Report(SpecErrorKind.InvalidValue, $"Enum '{typeName}' lists {item.KindName}; list its JSON strings, such as 'web'.", item.Span);
                continue;
            }

            if (!CheckVisibleName(value, "enum value"))
            {
                continue;
            }

            string member = CSharpNames.ToPascalCase(value.Value);
            if (members.TryGetValue(member, out string? first))
            {
                _context.Report(SpecErrorKind.NameCollision, $"Enum values '{first}' and '{value.Value}' of '{typeName}' both generate the member '{member}'.", value.Span);
                continue;
            }

            members.Add(member, value.Value);
            result.Add(value.Value);
        }

        if (result.Count == 0)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"Enum '{typeName}' has no values.", values.Span);
        }

        return result.ToEquatableArray();
    }

    /// <summary>Reads <c>type</c> (and <c>items</c> for arrays) of an attribute, or reports why it cannot be used.</summary>
    private TypeRef? ReadTypeRef(MappingReader attribute, string attributeName, AttributeRole role)
    {
        YamlScalar? type = attribute.Scalar("type", required: true);
        if (type is null)
        {
            return null;
        }

        TypeRef? resolved;
        if (type.Value == AttributeTypeNames.ArrayName)
        {
            YamlScalar? items = attribute.Scalar("items", required: false);
            if (items is null)
            {
                _context.Report(SpecErrorKind.MissingKey, $"Attribute '{attributeName}' is an array: say what it holds with 'items' (a scalar type or a name under 'types').", type.Span);
                return null;
            }

            TypeRef? item = ResolveTypeName(items, attributeName);
            resolved = item is null ? null : TypeRef.ArrayOf(item);
        }
        else
        {
            if (attribute.Find("items") is { } stray)
            {
                _context.Report(SpecErrorKind.InvalidValue, $"'items' belongs to 'type: array' only; attribute '{attributeName}' is '{type.Value}'.", stray.Key.Span);
            }

            resolved = ResolveTypeName(type, attributeName);
        }

        if (resolved is not null && role == AttributeRole.Parameter && !IsParameterType(resolved))
        {
            _context.Report(SpecErrorKind.InvalidValue, $"Parameter '{attributeName}' must be a scalar or an enum; '{resolved}' cannot travel in a route or query string.", type.Span);
            return null;
        }

        return resolved;
    }

    private TypeRef? ResolveTypeName(YamlScalar type, string attributeName)
    {
        if (AttributeTypeNames.TryParseScalar(type.Value, out AttributeType scalar))
        {
            return TypeRef.Scalar(scalar);
        }

        if (_typeNames.Contains(type.Value))
        {
            return TypeRef.Named(type.Value);
        }

        if (!_context.CanReport)
        {
            _context.Report(SpecErrorKind.UnknownType, $"Unknown type '{type.Value}' for attribute '{attributeName}'.", type.Span);
            return null;
        }

        // Bounded: the list in the message and the candidates for a suggestion are capped, so a
        // file with thousands of unknown names costs no more than a few reports.
        string[] known = _knownTypeNames ?? AttributeTypeNames.Scalars.Concat(new[] { AttributeTypeNames.ArrayName }).ToArray();
        string listed = known.Length <= MaxListedTypes ? string.Join(", ", known) : string.Join(", ", known.Take(MaxListedTypes)) + $" and {known.Length - MaxListedTypes} more";
        string? closest = ClosestName.Find(type.Value, known.Take(ClosestName.MaxCandidates));
        string hint = closest is null ? string.Empty : $" Did you mean '{closest}'?";
        _context.Report(SpecErrorKind.UnknownType, $"Unknown type '{type.Value}' for attribute '{attributeName}'; use one of {listed}, or declare it under 'types'.{hint}", type.Span);
        return null;
    }

    private bool IsParameterType(TypeRef type) =>
        type.Kind.IsScalar() || (type.Kind == AttributeType.Named && _types.TryGetValue(type.Name!, out TypeDefinition? named) && named.IsEnum)
        || (type.Kind == AttributeType.Named && !_types.ContainsKey(type.Name!));
}

using System;
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

    /// <summary>
    /// Names declared under <c>types</c> but refused there (not PascalCase, reserved, or differing only
    /// in case from another): already reported at the declaration, so a use of one is no second error.
    /// </summary>
    private readonly HashSet<string> _refusedTypeNames = new();

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
                _refusedTypeNames.Add(entry.Key.Value);
                continue;
            }

            // Each type is a file whose name compares ignoring case: 'Instance' and 'INSTANCE' would collide.
            if (byFoldedName.TryGetValue(entry.Key.Value, out string? first))
            {
                _context.Report(SpecErrorKind.NameCollision, $"The type names '{first}' and '{entry.Key.Value}' differ only in case; generated file names compare ignoring case, so name them apart.", entry.Key.Span);
                _refusedTypeNames.Add(entry.Key.Value);
                continue;
            }

            byFoldedName.Add(entry.Key.Value, entry.Key.Value);
            _typeNames.Add(entry.Key.Value);
        }

        _knownTypeNames = AttributeTypeNames.Scalars.Concat(new[] { AttributeTypeNames.ArrayName, AttributeTypeNames.MapName }).Concat(_typeNames.OrderBy(n => n, System.StringComparer.Ordinal)).ToArray();

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
            string pascal = CSharpNames.ToPascalCase(value);
            string suggestion = pascal.Length is > 0 and <= SpecLimits.MaxTypeNameLength && pascal[0] >= 'A' && pascal[0] <= 'Z' && pascal.All(c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                ? $"'{pascal}'"
                : "'InstanceSummary'";
            _context.Report(SpecErrorKind.InvalidValue, $"The type name '{value}' must be a PascalCase C# name (ASCII letters and digits, starting upper-case, at most {SpecLimits.MaxTypeNameLength}), such as {suggestion}; rename it here and where attributes use it.", name.Span);
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

        bool? open = ReadOpen(type, name.Value, isEnum: values is not null);
        if (values is not null)
        {
            var valueDescriptions = new List<EnumValueDescription>();
            EquatableArray<string> enumValues = ReadEnumValues(values, name.Value, open, valueDescriptions);
            if (open is null && !enumValues.IsEmpty)
            {
                // Open unless a request uses it: decided once the request is read (ResolveOpenEnums).
                _openUnstated.Add(name.Value);
            }

            return enumValues.IsEmpty ? null : new TypeDefinition(name.Value, description, EquatableArray<SpecAttribute>.Empty, enumValues, _context.FilePath, name.Span, open ?? false, valueDescriptions.ToEquatableArray());
        }

        if (!hasMembers)
        {
            _context.Report(SpecErrorKind.MissingKey, $"Type '{name.Value}' declares no members: list them under 'required' and 'optional' (an empty object documented as {{}} is 'optional: []'), its values under 'enum', or use 'type: json' where it is used for a value the page does not describe.", name.Span);
            return null;
        }

        var attributes = new List<SpecAttribute>();
        ReadAttributes(type.Sequence("required"), isRequired: true, where + ".required", AttributeRole.Member, attributes);
        ReadAttributes(type.Sequence("optional"), isRequired: false, where + ".optional", AttributeRole.Member, attributes);
        CheckNames(attributes, where, name.Value);
        return new TypeDefinition(name.Value, description, attributes.ToEquatableArray(), EquatableArray<string>.Empty, _context.FilePath, name.Span);
    }

    /// <summary>
    /// <c>open: true</c>: the server may send values the page does not list; <c>open: false</c>: the page says
    /// its list is complete; null: not said (an enum only), decided by <see cref="EnumOpenness"/>.
    /// </summary>
    private bool? ReadOpen(MappingReader type, string typeName, bool isEnum)
    {
        YamlScalar? open = type.Scalar("open", required: false);
        if (open is null)
        {
            return null;
        }

        if (!isEnum)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'open' applies to enums; type '{typeName}' is an object.", open.Span);
            return false;
        }

        if (open.Value is not ("true" or "false"))
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'open' is true or false, not '{open.Value}'.", open.Span);
            return false;
        }

        return open.Value == "true";
    }

    /// <summary>The enums whose spec does not say <c>open</c>.</summary>
    private readonly HashSet<string> _openUnstated = new();

    /// <summary>Values of enums whose openness is not said yet that would collide with an open enum's members.</summary>
    private readonly List<(string TypeName, YamlScalar Value, string Member)> _openCollisions = new();

    /// <summary>
    /// Before the answers are read: the enums whose spec does not say <c>open</c> and that no request uses
    /// are open while the answers' examples are checked (an answer's example reaches only what answers use).
    /// </summary>
    private EquatableArray<TypeDefinition> OpenUnlessRequested(EquatableArray<TypeDefinition> types, RequestSpec request)
    {
        if (_openUnstated.Count == 0)
        {
            return types;
        }

        HashSet<string> requestTypes = EnumOpenness.RequestTypes(request, types);
        return SetOpen(types, type => !requestTypes.Contains(type.Name));
    }

    /// <summary>
    /// After the answers are read: <see cref="EnumOpenness"/> decides each enum whose spec does not say <c>open</c>
    /// (open when answers use it and no request does), and an open one's values are checked against its members.
    /// </summary>
    private EquatableArray<TypeDefinition> FinishOpenEnums(EquatableArray<TypeDefinition> types, HashSet<string> requestTypes, HashSet<string> answerTypes)
    {
        if (_openUnstated.Count == 0)
        {
            return types;
        }

        EquatableArray<TypeDefinition> resolved = SetOpen(types, type => EnumOpenness.OpenByDefault(type, requestTypes, answerTypes));
        foreach ((string typeName, YamlScalar value, string member) in _openCollisions)
        {
            if (_types.TryGetValue(typeName, out TypeDefinition? type) && type.IsOpen)
            {
                ReportOpenCollision(value, typeName, member);
            }
        }

        return resolved;
    }

    private EquatableArray<TypeDefinition> SetOpen(EquatableArray<TypeDefinition> types, System.Func<TypeDefinition, bool> open)
    {
        var resolved = new List<TypeDefinition>(types.Count);
        foreach (TypeDefinition type in types)
        {
            TypeDefinition result = _openUnstated.Contains(type.Name) ? type with { IsOpen = open(type) } : type;
            _types[type.Name] = result;
            resolved.Add(result);
        }

        return resolved.ToEquatableArray();
    }

    private void ReportOpenCollision(YamlScalar value, string typeName, string member) =>
        _context.Report(SpecErrorKind.NameCollision, $"The value '{value.Value}' of the open enum '{typeName}' would generate the member '{member}', which the type already has (or is); an open enum cannot list it.", value.Span);

    /// <summary>The members an open enum (a struct) already has; a value may not take their names.</summary>
    private static readonly HashSet<string> OpenEnumMembers = new() { "Value", "IsDocumented", "ToString", "Equals", "GetHashCode", "Deconstruct", "PrintMembers", "GetType", "MemberwiseClone", "Finalize" };

    /// <summary>Each value is its JSON string, or <c>{ value, description }</c> where the page says what it means.</summary>
    private EquatableArray<string> ReadEnumValues(YamlSequence values, string typeName, bool? open, List<EnumValueDescription> descriptions)
    {
        var result = new List<string>();
        var members = new Dictionary<string, string>();
        foreach (YamlNode listed in values.Items)
        {
            YamlNode item = listed;
            string? description = null;
            if (listed is YamlMapping)
            {
                MappingReader? described = MappingReader.Open(listed, $"a value of enum '{typeName}'", listed.Span, _context, SpecKeys.EnumValue, new[] { "value" });
                if (described?.Scalar("value", required: true) is not { } valueNode)
                {
                    continue;
                }

                item = valueNode;
                description = described.Text("description", required: false);
            }

            if (item is not YamlScalar value || value.IsNull)
            {
                _context.Report(SpecErrorKind.InvalidValue, $"Enum '{typeName}' lists {item.KindName}; list its JSON strings, such as 'web' (or '{{ value: web, description: ... }}').", item.Span);
                continue;
            }

            if (!CheckVisibleName(value, "enum value"))
            {
                continue;
            }

            string member = CSharpNames.ToPascalCase(value.Value);
            if (open != false && (OpenEnumMembers.Contains(member) || member == typeName))
            {
                if (open == true)
                {
                    ReportOpenCollision(value, typeName, member);
                    continue;
                }

                // Open only if answers use it and no request does; reported then (FinishOpenEnums).
                _openCollisions.Add((typeName, value, member));
            }

            if (members.TryGetValue(member, out string? first))
            {
                _context.Report(SpecErrorKind.NameCollision, $"Enum values '{first}' and '{value.Value}' of '{typeName}' both generate the member '{member}'.", value.Span);
                continue;
            }

            members.Add(member, value.Value);
            result.Add(value.Value);
            if (description is not null)
            {
                descriptions.Add(new EnumValueDescription(value.Value, description));
            }
        }

        if (result.Count == 0)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"Enum '{typeName}' has no values.", values.Span);
        }

        return result.ToEquatableArray();
    }

    /// <summary>Reads <c>type</c> (with <c>items</c> for arrays, <c>values</c> for maps) of an attribute, or reports why it cannot be used.</summary>
    private TypeRef? ReadTypeRef(MappingReader attribute, string attributeName, AttributeRole role)
    {
        YamlScalar? type = attribute.Scalar("type", required: true);
        if (type is null)
        {
            return null;
        }

        string? element = type.Value == AttributeTypeNames.ArrayName ? "items" : type.Value == AttributeTypeNames.MapName ? "values" : null;
        foreach (string key in new[] { "items", "values" })
        {
            if (key != element && attribute.Find(key) is { } stray)
            {
                _context.Report(SpecErrorKind.InvalidValue, $"'{key}' belongs to 'type: {(key == "items" ? "array" : "map")}' only; attribute '{attributeName}' is '{type.Value}'.", stray.Key.Span);
            }
        }

        TypeRef? resolved;
        if (element is not null)
        {
            YamlScalar? inner = attribute.Scalar(element, required: false);
            if (inner is null)
            {
                string what = element == "items" ? "an array: say what it holds with 'items'" : "a map: say what its values are with 'values'";
                _context.Report(SpecErrorKind.MissingKey, $"Attribute '{attributeName}' is {what} (a built-in type or a name under 'types').", type.Span);
                return null;
            }

            TypeRef? item = ResolveElementType(inner, attributeName);
            resolved = item is null ? null : element == "items" ? TypeRef.ArrayOf(item) : TypeRef.MapOf(item);
        }
        else
        {
            resolved = ResolveTypeName(type, attributeName);
        }

        if (resolved is not null && role == AttributeRole.Parameter && !IsParameterType(resolved))
        {
            _context.Report(SpecErrorKind.InvalidValue, $"Parameter '{attributeName}' must be a built-in scalar or an enum; '{resolved}' cannot travel in a route or query string.", type.Span);
            return null;
        }

        return resolved;
    }

    /// <summary>The type of array items or map values: a built-in type or a named one, not another array or map.</summary>
    private TypeRef? ResolveElementType(YamlScalar type, string attributeName)
    {
        if (type.Value is AttributeTypeNames.ArrayName or AttributeTypeNames.MapName)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'{attributeName}' would hold {(type.Value == "array" ? "arrays" : "maps")} directly; items and values are a built-in type or a name under 'types'. Declare an object type that holds the inner {type.Value} and use its name, or use 'json' where the page does not describe it.", type.Span);
            return null;
        }

        return ResolveTypeName(type, attributeName);
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

        if (_refusedTypeNames.Contains(type.Value))
        {
            // Declared, and its declaration already says what is wrong with the name: one mistake, one diagnostic.
            _context.Follows();
            return null;
        }

        if (!_context.CanReport)
        {
            _context.Report(SpecErrorKind.UnknownType, $"Unknown type '{type.Value}' for attribute '{attributeName}'.", type.Span);
            return null;
        }

        string? asPagesWriteIt = PageSpelling(type.Value);
        if (asPagesWriteIt is not null)
        {
            _context.Report(SpecErrorKind.UnknownType, $"Unknown type '{type.Value}' for attribute '{attributeName}': {asPagesWriteIt}", type.Span);
            return null;
        }

        // Bounded: the list in the message and the candidates for a suggestion are capped, so a
        // file with thousands of unknown names costs no more than a few reports.
        string[] known = _knownTypeNames ?? AttributeTypeNames.Scalars.Concat(new[] { AttributeTypeNames.ArrayName, AttributeTypeNames.MapName }).ToArray();
        string listed = known.Length <= MaxListedTypes ? string.Join(", ", known) : string.Join(", ", known.Take(MaxListedTypes)) + $" and {known.Length - MaxListedTypes} more";
        string? closest = ClosestName.Find(type.Value, known.Take(ClosestName.MaxCandidates).Where(k => k != type.Value));
        string hint = closest is null ? string.Empty : $" Did you mean '{closest}'?";
        _context.Report(SpecErrorKind.UnknownType, $"Unknown type '{type.Value}' for attribute '{attributeName}'; use one of {listed}, or declare it under 'types'.{hint}", type.Span);
        return null;
    }

    /// <summary>What to write instead of a type as documentation pages spell it (<c>array string</c>, <c>object (Note)</c>, <c>String</c>), or null.</summary>
    private static string? PageSpelling(string text)
    {
        string trimmed = text.Trim();
        string lower = trimmed.ToLowerInvariant();
        foreach (string prefix in new[] { "array of ", "array ", "list of ", "list " })
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                string item = trimmed.Substring(prefix.Length).Trim().Trim('(', ')', '<', '>', '[', ']').Trim();
                return $"the spec language writes an array as 'type: array' with 'items: {ItemSpelling(item)}'.";
            }
        }

        if (lower.EndsWith("[]", StringComparison.Ordinal))
        {
            return $"the spec language writes an array as 'type: array' with 'items: {ItemSpelling(trimmed.Substring(0, trimmed.Length - 2))}'.";
        }

        if (lower == "object" || lower.StartsWith("object ", StringComparison.Ordinal) || lower.StartsWith("object(", StringComparison.Ordinal))
        {
            string inner = trimmed.Length > 6 ? trimmed.Substring(6).Trim().Trim('(', ')').Trim() : string.Empty;
            return inner.Length == 0
                ? "declare the object under 'types' (Name: { required: [...], optional: [...] }) and write its name here, or 'json' where the page does not describe it."
                : $"declare '{Naming.CSharpNames.ToPascalCase(inner)}' under 'types' with its members (the page's table for it) and write 'type: {Naming.CSharpNames.ToPascalCase(inner)}'.";
        }

        int scalar = Array.IndexOf(AttributeTypeNames.Scalars, lower);
        if (scalar >= 0 || lower is "array" or "map")
        {
            return $"type names are lower-case: write '{lower}'.";
        }

        string? alias = lower switch
        {
            "int" or "int32" or "number (integer)" => "integer",
            "int64" => "long",
            "bool" => "boolean",
            "float" or "double" or "decimal" => "number",
            "text" or "str" => "string",
            "date" or "datetime" => "date-time (an ISO 8601 string) or timestamp (epoch milliseconds)",
            _ => null,
        };
        return alias is null ? null : $"the spec language calls it '{alias}'.";
    }

    private static string ItemSpelling(string item)
    {
        string lower = item.ToLowerInvariant();
        return Array.IndexOf(AttributeTypeNames.Scalars, lower) >= 0 ? lower : lower.StartsWith("object", StringComparison.Ordinal) ? "<a type declared under 'types'>" : item;
    }

    private bool IsParameterType(TypeRef type) =>
        type.Kind.IsScalar() || (type.Kind == AttributeType.Named && _types.TryGetValue(type.Name!, out TypeDefinition? named) && named.IsEnum)
        || (type.Kind == AttributeType.Named && !_types.ContainsKey(type.Name!));
}

using System.Collections.Generic;
using ZApi.Specs.Json;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;

namespace ZApi.Specs.Validation;

/// <summary>Checks that a documented example agrees with the declared attributes, named types included.</summary>
internal sealed class ExampleValidator
{
    private readonly ReadContext _context;
    private readonly ExampleLocator _locator;
    private readonly string _what;
    private readonly IReadOnlyDictionary<string, TypeDefinition> _types;

    public ExampleValidator(ReadContext context, ExampleLocator locator, string what, IReadOnlyDictionary<string, TypeDefinition> types)
    {
        _context = context;
        _locator = locator;
        _what = what;
        _types = types;
    }

    public void Check(JsonValue example, ExampleShape shape)
    {
        if (shape.Items is not null)
        {
            CheckValue(example, TypeRef.ArrayOf(shape.Items), "the body");
            return;
        }

        CheckObject(example, shape.Attributes, "the body");
    }

    private void CheckObject(JsonValue value, EquatableArray<SpecAttribute> attributes, string path)
    {
        if (value.Kind != JsonKind.Object)
        {
            _context.Report(SpecErrorKind.ExampleWrongType, $"In {_what}: {path} must be a JSON object, not {Describe(value)}.", _locator.Locate(value.Position, 1));
            return;
        }

        var declared = new Dictionary<string, SpecAttribute>();
        foreach (SpecAttribute attribute in attributes)
        {
            declared[attribute.Name] = attribute;
        }

        foreach (JsonMember member in value.Members)
        {
            if (!declared.TryGetValue(member.Name, out SpecAttribute? attribute))
            {
                _context.Report(SpecErrorKind.ExampleUndeclaredMember, $"In {_what}: the member \"{member.Name}\" is not a declared attribute; declare it or remove it from the example.", _locator.Locate(member.NamePosition, member.Name.Length + 2));
                continue;
            }

            if (member.Value.Kind == JsonKind.Null && !attribute.IsRequired)
            {
                continue; // an optional member may be documented as null
            }

            CheckValue(member.Value, attribute.Type, $"\"{member.Name}\"");
        }

        foreach (SpecAttribute attribute in attributes)
        {
            if (attribute.IsRequired && value[attribute.Name] is null)
            {
                _context.Report(SpecErrorKind.ExampleMissingRequired, $"In {_what}: the required attribute \"{attribute.Name}\" is missing.", _locator.Locate(value.Position, 1));
            }
        }
    }

    private void CheckValue(JsonValue value, TypeRef type, string path)
    {
        switch (type.Kind)
        {
            case AttributeType.Array when value.Kind == JsonKind.Array:
                for (int i = 0; i < value.Items.Count; i++)
                {
                    CheckValue(value.Items[i], type.Items!, $"{path}[{i}]");
                }

                return;
            case AttributeType.Named when _types.TryGetValue(type.Name!, out TypeDefinition? named):
                if (!named.IsEnum)
                {
                    CheckObject(value, named.Attributes, path);
                    return;
                }

                if (value.Kind == JsonKind.String && System.Linq.Enumerable.Contains(named.EnumValues, value.Text!))
                {
                    return;
                }

                Wrong(value, path, $"one of {string.Join(", ", named.EnumValues)} ({type})");
                return;
            case AttributeType.Named:
                return; // an unknown type was reported where it was declared
        }

        if (!FitsScalar(value, type.Kind))
        {
            Wrong(value, path, $"declared {type}");
        }
    }

    private void Wrong(JsonValue value, string path, string expected) =>
        _context.Report(SpecErrorKind.ExampleWrongType, $"In {_what}: {path} is {expected} but the example gives {Describe(value)}.", _locator.Locate(value.Position, 1));

    /// <summary>Whether a JSON value is a documented form of the scalar type (timestamps come as numbers or digit strings).</summary>
    internal static bool FitsScalar(JsonValue value, AttributeType type) => type switch
    {
        AttributeType.String => value.Kind == JsonKind.String,
        AttributeType.Boolean => value.Kind is JsonKind.True or JsonKind.False,
        AttributeType.Integer => value.IsInteger,
        AttributeType.Number => value.Kind == JsonKind.Number,
        AttributeType.Timestamp => value.IsInteger || (value.Kind == JsonKind.String && IsDigits(value.Text!)),
        _ => false,
    };

    private static bool IsDigits(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(JsonValue value) => value.Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => $"the string \"{value.Text}\"",
        JsonKind.Number => $"the number {value.Text}",
        JsonKind.True => "true",
        JsonKind.False => "false",
        _ => "null",
    };
}

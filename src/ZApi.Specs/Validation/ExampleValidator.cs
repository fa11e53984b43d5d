using System.Collections.Generic;
using ZApi.Specs.Json;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;

namespace ZApi.Specs.Validation;

/// <summary>Checks that a documented example agrees with the declared attributes.</summary>
internal sealed class ExampleValidator
{
    private readonly ReadContext _context;
    private readonly ExampleLocator _locator;
    private readonly string _what;

    public ExampleValidator(ReadContext context, ExampleLocator locator, string what)
    {
        _context = context;
        _locator = locator;
        _what = what;
    }

    public void Check(JsonValue example, EquatableArray<SpecAttribute> attributes)
    {
        if (example.Kind != JsonKind.Object)
        {
            _context.Report(SpecErrorKind.ExampleWrongType, $"In {_what}: the body must be a JSON object, not {Describe(example)}.", _locator.Locate(example.Position, 1));
            return;
        }

        var declared = new Dictionary<string, SpecAttribute>();
        foreach (SpecAttribute attribute in attributes)
        {
            declared[attribute.Name] = attribute;
        }

        foreach (JsonMember member in example.Members)
        {
            if (!declared.TryGetValue(member.Name, out SpecAttribute? attribute))
            {
                _context.Report(SpecErrorKind.ExampleUndeclaredMember, $"In {_what}: the member \"{member.Name}\" is not a declared attribute; declare it or remove it from the example.", _locator.Locate(member.NamePosition, member.Name.Length + 2));
                continue;
            }

            if (!Fits(member.Value, attribute.Type))
            {
                _context.Report(SpecErrorKind.ExampleWrongType, $"In {_what}: \"{member.Name}\" is declared {attribute.Type.ToName()} but the example gives {Describe(member.Value)}.", _locator.Locate(member.Value.Position, 1));
            }
        }

        foreach (SpecAttribute attribute in attributes)
        {
            if (attribute.IsRequired && example[attribute.Name] is null)
            {
                _context.Report(SpecErrorKind.ExampleMissingRequired, $"In {_what}: the required attribute \"{attribute.Name}\" is missing.", _locator.Locate(example.Position, 1));
            }
        }
    }

    /// <summary>Whether a JSON value is a documented form of the type (timestamps come as numbers or digit strings).</summary>
    internal static bool Fits(JsonValue value, AttributeType type) => type switch
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

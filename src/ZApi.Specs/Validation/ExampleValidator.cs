using System.Collections.Generic;
using ZApi.Specs.Json;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Plans;

namespace ZApi.Specs.Validation;

/// <summary>Checks that a documented example agrees with the declared attributes, named types included.</summary>
internal sealed class ExampleValidator
{
    private readonly ReadContext _context;
    private readonly ExampleLocator _locator;
    private readonly string _what;
    private readonly IReadOnlyDictionary<string, TypeDefinition> _types;

    // Built once per named type, whatever the size of the example: the check stays linear in it.
    private readonly Dictionary<string, AttributeIndex> _objects = new();
    private readonly Dictionary<string, HashSet<string>> _enums = new();

    public ExampleValidator(ReadContext context, ExampleLocator locator, string what, IReadOnlyDictionary<string, TypeDefinition> types)
    {
        _context = context;
        _locator = locator;
        _what = what;
        _types = types;
    }

    public void Check(JsonValue example, ExampleShape shape)
    {
        if (shape.Whole is not null)
        {
            CheckValue(example, shape.Whole, ExamplePath.Body);
            return;
        }

        CheckObject(example, new AttributeIndex(shape.Attributes), ExamplePath.Body);
    }

    private void CheckObject(JsonValue value, AttributeIndex attributes, ExamplePath path)
    {
        if (value.Kind != JsonKind.Object)
        {
            _context.Report(SpecErrorKind.ExampleWrongType, $"In {_what}: {path} must be a JSON object, not {Describe(value)}.", _locator.Locate(value.Position, 1));
            return;
        }

        int requiredSeen = 0;
        HashSet<string>? seen = attributes.RequiredCount == 0 ? null : new HashSet<string>();
        foreach (JsonMember member in value.Members)
        {
            if (!attributes.ByName.TryGetValue(member.Name, out SpecAttribute? attribute))
            {
                _context.Report(SpecErrorKind.ExampleUndeclaredMember, $"In {_what}: the member \"{Excerpt(member.Name)}\" is not a declared attribute; declare it or remove it from the example.", _locator.Locate(member.NamePosition, member.Name.Length + 2));
                continue;
            }

            if (attribute.IsRequired && seen!.Add(member.Name))
            {
                requiredSeen++;
            }

            if (member.Value.Kind == JsonKind.Null && !attribute.IsRequired)
            {
                continue; // an optional member may be documented as null
            }

            if (attribute.Forever is long forever && member.Value.Kind == JsonKind.Number && member.Value.Text == forever.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                continue; // the page's "forever"
            }

            CheckValue(member.Value, attribute.Type, path.Member(member.Name));
        }

        if (requiredSeen == attributes.RequiredCount || !_context.CanReport)
        {
            return;
        }

        foreach (SpecAttribute attribute in attributes.Required)
        {
            if (!seen!.Contains(attribute.Name))
            {
                _context.Report(SpecErrorKind.ExampleMissingRequired, $"In {_what}: the required attribute \"{attribute.Name}\" is missing.", _locator.Locate(value.Position, 1));
            }
        }
    }

    private void CheckValue(JsonValue value, TypeRef type, ExamplePath path)
    {
        switch (type.Kind)
        {
            case AttributeType.Array when value.Kind == JsonKind.Array:
                for (int i = 0; i < value.Items.Count; i++)
                {
                    CheckValue(value.Items[i], type.Items!, path.Item(i));
                }

                return;
            case AttributeType.Map when value.Kind == JsonKind.Object:
                foreach (JsonMember member in value.Members)
                {
                    CheckValue(member.Value, type.Items!, path.Member(member.Name));
                }

                return;
            case AttributeType.Json:
                return; // any JSON: the page does not describe it
            case AttributeType.Named when _types.TryGetValue(type.Name!, out TypeDefinition? named):
                if (!named.IsEnum)
                {
                    CheckObject(value, ObjectIndex(named), path);
                    return;
                }

                if (value.Kind == JsonKind.String && (named.IsOpen || EnumValues(named).Contains(value.Text!)))
                {
                    return;
                }

                Wrong(value, path, $"one of {string.Join(", ", System.Linq.Enumerable.Take(named.EnumValues, 20))} ({type})");
                return;
            case AttributeType.Named:
                return; // an unknown type was reported where it was declared
        }

        if (!ReadForms.Reads(type.Kind, value)) // the forms the client reads, so an example it reads is never called a contradiction
        {
            Wrong(value, path, $"declared {type}");
        }
    }

    private AttributeIndex ObjectIndex(TypeDefinition type)
    {
        if (!_objects.TryGetValue(type.Name, out AttributeIndex? index))
        {
            index = new AttributeIndex(type.Attributes);
            _objects.Add(type.Name, index);
        }

        return index;
    }

    private HashSet<string> EnumValues(TypeDefinition type)
    {
        if (!_enums.TryGetValue(type.Name, out HashSet<string>? values))
        {
            values = new HashSet<string>(type.EnumValues, System.StringComparer.Ordinal);
            _enums.Add(type.Name, values);
        }

        return values;
    }

    private void Wrong(JsonValue value, ExamplePath path, string expected) =>
        _context.Report(SpecErrorKind.ExampleWrongType, $"In {_what}: {path} is {expected} but the example gives {Describe(value)}.", _locator.Locate(value.Position, 1));

    private static string Describe(JsonValue value) => value.Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => $"the string \"{Excerpt(value.Text!)}\"",
        JsonKind.Number => $"the number {Excerpt(value.Text!)}",
        JsonKind.True => "true",
        JsonKind.False => "false",
        _ => "null",
    };

    /// <summary>Example text quoted in a message, cut to a readable length.</summary>
    private static string Excerpt(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";

    /// <summary>The attributes of one object shape, indexed once.</summary>
    private sealed class AttributeIndex
    {
        public AttributeIndex(EquatableArray<SpecAttribute> attributes)
        {
            var required = new List<SpecAttribute>();
            foreach (SpecAttribute attribute in attributes)
            {
                ByName[attribute.Name] = attribute;
                if (attribute.IsRequired)
                {
                    required.Add(attribute);
                }
            }

            Required = required;
        }

        public Dictionary<string, SpecAttribute> ByName { get; } = new(System.StringComparer.Ordinal);

        public List<SpecAttribute> Required { get; }

        public int RequiredCount => Required.Count;
    }
}

/// <summary>Where a value stands in an example (<c>"content"[0]."due"</c>); built per value in constant time, written out only for a message.</summary>
internal sealed class ExamplePath
{
    public static readonly ExamplePath Body = new(null, "the body", -1);

    private readonly ExamplePath? _parent;
    private readonly string? _member;
    private readonly int _index;

    private ExamplePath(ExamplePath? parent, string? member, int index)
    {
        _parent = parent;
        _member = member;
        _index = index;
    }

    public ExamplePath Member(string name) => new(this, name, -1);

    public ExamplePath Item(int index) => new(this, null, index);

    public override string ToString()
    {
        if (_parent is null)
        {
            return _member!;
        }

        // Members are named from the object they stand in ("name"), items after their array ("list"[0]).
        string own = _member is null ? "[" + _index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" : "\"" + (_member.Length <= 60 ? _member : _member.Substring(0, 60) + "…") + "\"";
        return _member is null ? _parent + own : own;
    }
}

using System.Collections.Generic;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;
using ZApi.Specs.Yaml;

namespace ZApi.Specs.Parsing;

/// <summary>The <c>request</c> section and the attribute lists it shares with responses.</summary>
internal sealed partial class SpecReader
{
    private RequestSpec ReadRequest(MappingReader spec)
    {
        YamlNode? node = spec.Node("request");
        if (node is null || (node is YamlScalar scalar && scalar.IsNull))
        {
            return RequestSpec.Empty;
        }

        MappingReader? request = MappingReader.Open(node, "'request'", spec.KeySpan("request"), _context, SpecKeys.Request, System.Array.Empty<string>());
        if (request is null)
        {
            return RequestSpec.Empty;
        }

        int errorsBefore = _context.Errors.Count;
        EquatableArray<SpecAttribute> body = ReadBody(request, "'request.body'");
        // With attributes in error, comparing the example with them would only repeat that error.
        bool attributesRead = _context.Errors.Count == errorsBefore;
        SpecExample? example = ReadExample(request, body, "the request example", checkAgainstAttributes: attributesRead);
        return new RequestSpec(body, example);
    }

    /// <summary>Reads <c>body: { required: [...], optional: [...] }</c> into one list, required first.</summary>
    private EquatableArray<SpecAttribute> ReadBody(MappingReader owner, string where)
    {
        YamlNode? node = owner.Node("body");
        if (node is null || (node is YamlScalar scalar && scalar.IsNull))
        {
            return EquatableArray<SpecAttribute>.Empty;
        }

        MappingReader? body = MappingReader.Open(node, where, owner.KeySpan("body"), _context, SpecKeys.Body, System.Array.Empty<string>());
        if (body is null)
        {
            return EquatableArray<SpecAttribute>.Empty;
        }

        var attributes = new List<SpecAttribute>();
        ReadAttributes(body.Sequence("required"), isRequired: true, where, attributes);
        ReadAttributes(body.Sequence("optional"), isRequired: false, where, attributes);
        CheckNames(attributes, where);
        return attributes.ToEquatableArray();
    }

    private void ReadAttributes(YamlSequence? list, bool isRequired, string where, List<SpecAttribute> into)
    {
        if (list is null)
        {
            return;
        }

        string listName = isRequired ? "required" : "optional";
        foreach (YamlNode item in list.Items)
        {
            MappingReader? attribute = MappingReader.Open(item, $"an attribute of {where}.{listName}", item.Span, _context, SpecKeys.Attribute, SpecKeys.AttributeRequired);
            if (attribute is null)
            {
                continue;
            }

            YamlScalar? name = attribute.Scalar("name", required: true);
            YamlScalar? type = attribute.Scalar("type", required: true);
            string? description = attribute.Text("description", required: false);
            if (name is null || type is null)
            {
                continue;
            }

            if (!AttributeTypeNames.TryParse(type.Value, out AttributeType parsedType))
            {
                string? closest = ClosestName.Find(type.Value, AttributeTypeNames.All);
                string hint = closest is null ? string.Empty : $" Did you mean '{closest}'?";
                _context.Report(SpecErrorKind.UnknownType, $"Unknown type '{type.Value}' for attribute '{name.Value}'; use one of {string.Join(", ", AttributeTypeNames.All)}.{hint}", type.Span);
                continue;
            }

            into.Add(new SpecAttribute(name.Value, parsedType, description, isRequired, name.Span));
        }
    }
}

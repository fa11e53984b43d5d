using System.Collections.Generic;
using ZApi.Specs.Model;
using ZApi.Specs.Naming;
using ZApi.Specs.Validation;
using ZApi.Specs.Yaml;

namespace ZApi.Specs.Parsing;

/// <summary>The <c>request</c> section: path and query parameters, body attributes, example.</summary>
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

        EquatableArray<SpecAttribute> path = ReadPath(request);
        EquatableArray<SpecAttribute> query = ReadAttributeLists(request, "query", "'request.query'", AttributeRole.Parameter);
        int errorsBefore = _context.Count;
        EquatableArray<SpecAttribute> body = ReadAttributeLists(request, "body", "'request.body'", AttributeRole.Member, _typePrefix + "Request");
        CheckParameterNames(path, query);
        path = CheckParameterExamples(path);
        query = CheckParameterExamples(query);

        // With attributes in error, comparing the example with them would only repeat that error.
        bool attributesRead = _context.Count == errorsBefore;
        YamlScalar? example = request.Scalar("example", required: false);
        SpecExample? checkedExample = example is null ? null : ReadJsonExample(example, "the request example", attributesRead ? ExampleShape.Object(body) : null);
        return new RequestSpec(path, query, body, checkedExample);
    }

    private EquatableArray<SpecAttribute> ReadPath(MappingReader request)
    {
        YamlSequence? list = request.Sequence("path");
        var parameters = new List<SpecAttribute>();
        ReadAttributes(list, isRequired: true, "'request.path'", AttributeRole.Parameter, parameters);
        CheckNames(parameters, "'request.path'");
        return parameters.ToEquatableArray();
    }

    /// <summary>Reads <c>key: { required: [...], optional: [...] }</c> into one list, required first.</summary>
    private EquatableArray<SpecAttribute> ReadAttributeLists(MappingReader owner, string key, string where, AttributeRole role, string? typeName = null)
    {
        YamlNode? node = owner.Node(key);
        if (node is null || (node is YamlScalar scalar && scalar.IsNull))
        {
            return EquatableArray<SpecAttribute>.Empty;
        }

        MappingReader? lists = MappingReader.Open(node, where, owner.KeySpan(key), _context, SpecKeys.Body, System.Array.Empty<string>());
        if (lists is null)
        {
            return EquatableArray<SpecAttribute>.Empty;
        }

        var attributes = new List<SpecAttribute>();
        ReadAttributes(lists.Sequence("required"), isRequired: true, where + ".required", role, attributes);
        ReadAttributes(lists.Sequence("optional"), isRequired: false, where + ".optional", role, attributes);
        CheckNames(attributes, where, typeName);
        return attributes.ToEquatableArray();
    }

    private void ReadAttributes(YamlSequence? list, bool isRequired, string where, AttributeRole role, List<SpecAttribute> into)
    {
        if (list is null)
        {
            return;
        }

        string[] keys = role == AttributeRole.Parameter ? SpecKeys.Parameter : SpecKeys.Attribute;
        foreach (YamlNode item in list.Items)
        {
            MappingReader? attribute = MappingReader.Open(item, $"an attribute of {where}", item.Span, _context, keys, SpecKeys.AttributeRequired);
            if (attribute is null)
            {
                continue;
            }

            YamlScalar? name = attribute.Scalar("name", required: true);
            string? description = attribute.Text("description", required: false);
            string? example = role == AttributeRole.Parameter ? attribute.Text("example", required: false) : null;
            if (name is null || !CheckMemberName(name))
            {
                continue;
            }

            TypeRef? type = ReadTypeRef(attribute, name.Value, role);
            if (type is not null)
            {
                into.Add(new SpecAttribute(name.Value, type, description, isRequired, name.Span, example));
            }
        }
    }

    /// <summary>An example that is not a value of its parameter's type is reported and dropped.</summary>
    private EquatableArray<SpecAttribute> CheckParameterExamples(EquatableArray<SpecAttribute> parameters)
    {
        var checkedParameters = new List<SpecAttribute>();
        foreach (SpecAttribute parameter in parameters)
        {
            if (parameter.Example is not null && !ParameterValues.Fits(parameter.Example, parameter.Type, name => _types.TryGetValue(name, out TypeDefinition? t) ? t : null))
            {
                _context.Report(SpecErrorKind.ExampleWrongType, $"The example '{parameter.Example}' of parameter '{parameter.Name}' is not a value of type {parameter.Type}; it is ignored.", parameter.NameSpan);
                checkedParameters.Add(parameter with { Example = null });
                continue;
            }

            checkedParameters.Add(parameter);
        }

        return checkedParameters.ToEquatableArray();
    }

    /// <summary>
    /// A JSON member name is sent as written and becomes a C# identifier: it may hold any visible
    /// text, but no invisible, format or line-breaking character (a reviewer must see all of it).
    /// </summary>
    private bool CheckMemberName(YamlScalar name) => CheckVisibleName(name, "name");

    /// <summary>Refuses a name that holds a character a reviewer cannot see, or that is too long to be a C# name.</summary>
    private bool CheckVisibleName(YamlScalar name, string what)
    {
        int hidden = VisibleText.FirstHiddenInName(name.Value);
        if (hidden >= 0)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"The {what} '{name.Value}' holds {VisibleText.Describe(name.Value[hidden])} at position {hidden + 1}, an invisible, format, line-breaking or non-standard space character; a {what} becomes C# code a reviewer must be able to read, so write it with visible characters only.", name.Span);
            return false;
        }

        if (name.Value.Length > SpecLimits.MaxNameLength)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"A {what} of {name.Value.Length} characters is not a documented one; the limit is {SpecLimits.MaxNameLength}.", name.Span);
            return false;
        }

        return true;
    }
}

/// <summary>Where an attribute stands, which decides its keys and allowed types.</summary>
internal enum AttributeRole
{
    /// <summary>A JSON member (body, response, object type).</summary>
    Member,

    /// <summary>A path or query parameter: scalar or enum, with an optional <c>example</c>.</summary>
    Parameter,
}

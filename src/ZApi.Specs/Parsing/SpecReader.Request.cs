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
        EquatableArray<SpecAttribute> body = ReadAttributeLists(request, "body", "'request.body'", AttributeRole.Member, GeneratedNames.RequestType(_typePrefix));
        TypeRef? items = ReadBodyItems(request, "'request'", hasBody: request.Find("body") is not null);
        CheckParameterNames(path, query);
        path = CheckParameterExamples(path);
        query = CheckParameterExamples(query);

        // With attributes in error, comparing the examples with them would only repeat that error.
        bool attributesRead = _context.Count == errorsBefore;
        ExampleShape? shape = !attributesRead ? null : items is not null ? ExampleShape.Array(items) : ExampleShape.Object(body);
        EquatableArray<SpecExample> examples = ReadExamples(request, "request", shape);
        if (!examples.IsEmpty && body.IsEmpty && items is null && attributesRead)
        {
            _context.Report(SpecErrorKind.InvalidValue, "The request has an example but declares no body: list its attributes under 'request.body' (an object) or its item type under 'request.items' (an array).", request.KeySpan(request.Find("example") is not null ? "example" : "examples"));
        }

        return new RequestSpec(path, query, body, examples, items);
    }

    /// <summary>
    /// The value of a key that says the body's shape (<c>items</c>, <c>values</c>, <c>type</c>); null when it
    /// is absent, or when it stands beside another shape, which is reported (<paramref name="beside"/>).
    /// </summary>
    private YamlScalar? ShapeKey(MappingReader owner, string key, bool besideAnother, string beside)
    {
        YamlScalar? value = owner.Scalar(key, required: false);
        if (value is null || !besideAnother)
        {
            return value;
        }

        _context.Report(SpecErrorKind.InvalidValue, beside, owner.KeySpan(key));
        return null;
    }

    /// <summary><c>items: T</c>: a body that is a JSON array of <c>T</c>, instead of an object with attributes.</summary>
    private TypeRef? ReadBodyItems(MappingReader owner, string where, bool hasBody)
    {
        YamlScalar? items = ShapeKey(owner, "items", hasBody, $"{where} has both 'body' (a JSON object) and 'items' (a JSON array); keep the one its example shows.");
        return items is null ? null : ResolveElementType(items, where + ".items");
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
            string? deprecated = attribute.Text("deprecated", required: false);
            EquatableArray<PageNote> notes = ReadNotes(attribute, $"attribute '{name?.Value}'");
            if (name is null || !CheckMemberName(name))
            {
                continue;
            }

            TypeRef? type = ReadTypeRef(attribute, name.Value, role);
            long? forever = type is null ? null : ReadForever(attribute, name.Value, type);
            if (type is not null)
            {
                into.Add(new SpecAttribute(name.Value, type, description, isRequired, name.Span, example, deprecated, forever, notes));
            }
        }
    }

    /// <summary><c>forever: -1</c>: the number a page documents as "forever" for an epoch timestamp (read as <c>DateTimeOffset.MaxValue</c>).</summary>
    private long? ReadForever(MappingReader attribute, string attributeName, TypeRef type)
    {
        YamlScalar? forever = attribute.Scalar("forever", required: false);
        if (forever is null)
        {
            return null;
        }

        if (!type.Kind.IsEpoch())
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'forever' names the number that means \"forever\" in an epoch timestamp; attribute '{attributeName}' is '{type}', not 'timestamp' or 'timestamp-seconds'.", forever.Span);
            return null;
        }

        if (!long.TryParse(forever.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long value))
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'forever' of attribute '{attributeName}' must be a whole number, such as -1, not '{forever.Value}'.", forever.Span);
            return null;
        }

        return value;
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

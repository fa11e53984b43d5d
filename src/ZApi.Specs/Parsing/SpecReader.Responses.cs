using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;
using ZApi.Specs.Yaml;

namespace ZApi.Specs.Parsing;

/// <summary>The <c>responses</c> section: one entry per documented status code.</summary>
internal sealed partial class SpecReader
{
    private EquatableArray<ResponseSpec> ReadResponses(MappingReader spec)
    {
        YamlNode? node = spec.Node("responses");
        if (node is null)
        {
            return EquatableArray<ResponseSpec>.Empty;
        }

        if (node is not YamlMapping mapping)
        {
            _context.Report(SpecErrorKind.WrongNodeKind, $"'responses' must map status codes to responses (201: ..., 405: ...), not {node.KindName}.", node.Span);
            return EquatableArray<ResponseSpec>.Empty;
        }

        var responses = new List<ResponseSpec>();
        ResponseSpec? success = null;
        foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
        {
            if (!int.TryParse(entry.Key.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int status) || status < 100 || status > 599
                || status.ToString(CultureInfo.InvariantCulture) != entry.Key.Value)
            {
                _context.Report(SpecErrorKind.InvalidValue, $"'{entry.Key.Value}' is not an HTTP status code; key each response by its status, such as 201 or 405.", entry.Key.Span);
                continue;
            }

            ResponseSpec? response = ReadResponse(status, entry.Key, entry.Value);
            if (response is null)
            {
                continue;
            }

            if (response.IsSuccess && success is not null)
            {
                _context.Report(SpecErrorKind.InvalidValue, $"Status {status} documents a second success response (after {success.StatusCode}); the client reads any 2xx with one body, so document one.", entry.Key.Span);
                continue;
            }

            success ??= response.IsSuccess ? response : null;
            responses.Add(response);
        }

        return responses.ToEquatableArray();
    }

    private ResponseSpec? ReadResponse(int status, YamlScalar key, YamlNode node)
    {
        bool isSuccess = status >= 200 && status <= 299;
        if (node is YamlScalar scalar && scalar.IsNull)
        {
            ResponseContent empty = isSuccess ? ResponseContent.None : ResponseContent.Text;
            return new ResponseSpec(status, null, null, empty, EquatableArray<SpecAttribute>.Empty, null, EquatableArray<SpecExample>.Empty, key.Span);
        }

        string where = $"response {status}";
        MappingReader? response = MappingReader.Open(node, where, key.Span, _context, SpecKeys.Response, Array.Empty<string>());
        if (response is null)
        {
            return null;
        }

        string? description = response.Text("description", required: false);
        EquatableArray<PageNote> notes = ReadNotes(response, where);
        YamlScalar? hint = response.Scalar("hint", required: false);
        if (hint is not null && hint.Value.Length > SpecLimits.MaxHintLength)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"The hint of response {status} has {hint.Value.Length} characters; a hint is the documented advice, at most {SpecLimits.MaxHintLength}.", hint.Span);
            hint = null;
        }

        if (isSuccess && hint is not null)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'hint' documents the advice for an error status; response {status} is a success. Use 'description'.", response.KeySpan("hint"));
        }

        if (!isSuccess)
        {
            foreach (string successOnly in new[] { "type", "body", "items", "values", "content", "alsoArray" })
            {
                if (response.Find(successOnly) is not null)
                {
                    _context.Report(SpecErrorKind.InvalidValue, $"Response {status} is an error: the client reports it as ZApiException with its hint and body text, so it takes no '{successOnly}'.", response.KeySpan(successOnly));
                }
            }

            return new ResponseSpec(status, description, hint?.Value, ResponseContent.Text, EquatableArray<SpecAttribute>.Empty, null, ReadExamples(response, status.ToString(CultureInfo.InvariantCulture), null), key.Span, Notes: notes);
        }

        int errorsBefore = _context.Count;
        EquatableArray<SpecAttribute> body = ReadAttributeLists(response, "body", $"'responses.{status}.body'", AttributeRole.Member, Naming.GeneratedNames.ResponseType(_typePrefix));
        TypeRef? items = ReadBodyItems(response, $"Response {status}", hasBody: response.Find("body") is not null);
        TypeRef? values = ReadResponseValues(response, status, hasShape: response.Find("body") is not null || response.Find("items") is not null);
        TypeRef? named = ReadResponseType(response, status, hasShape: response.Find("body") is not null || response.Find("items") is not null || response.Find("values") is not null);
        ResponseContent content = ReadContent(response, status, body, items ?? values ?? named);
        string? alsoArray = ReadAlsoArray(response, status, body, hasOtherShape: items is not null || values is not null || named is not null);
        bool attributesRead = _context.Count == errorsBefore;

        ExampleShape? shape = content != ResponseContent.Json || !attributesRead ? null
            : items is not null ? ExampleShape.Array(items)
            : values is not null ? ExampleShape.Map(values)
            : named is not null ? ExampleShape.Named(named)
            : ExampleShape.Object(body);
        return new ResponseSpec(status, description, null, content, body, items, ReadExamples(response, status.ToString(CultureInfo.InvariantCulture), shape), key.Span, values, named, notes, alsoArray);
    }

    /// <summary>
    /// <c>alsoArray</c>: where the page's example and the spec disagree on object versus array, the array form
    /// the client reads too: <c>item</c> (the object as the first item of an array) or the name of the body's
    /// array member (a bare array is that member; every other member is optional then).
    /// </summary>
    private string? ReadAlsoArray(MappingReader response, int status, EquatableArray<SpecAttribute> body, bool hasOtherShape)
    {
        YamlScalar? also = response.Scalar("alsoArray", required: false);
        if (also is null)
        {
            return null;
        }

        if (body.IsEmpty || hasOtherShape)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'alsoArray' of response {status} reads an array form of an object body; declare the object under 'body'.", also.Span);
            return null;
        }

        if (also.Value == ResponseSpec.AlsoArrayItem)
        {
            return also.Value;
        }

        SpecAttribute? member = body.FirstOrDefault(a => a.Name == also.Value);
        if (member is null || member.Type.Kind != AttributeType.Array)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'alsoArray' is '{ResponseSpec.AlsoArrayItem}' (the object as the first item of an array) or the name of an array member of the body; '{also.Value}' is neither.", also.Span);
            return null;
        }

        if (body.FirstOrDefault(a => a.IsRequired && a.Name != member.Name) is { } required)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'alsoArray: {also.Value}' reads a bare array as the member '{member.Name}', so the body has no other member then; '{required.Name}' is required.", also.Span);
            return null;
        }

        return also.Value;
    }

    /// <summary>
    /// <c>type: T</c>: the body is an object type declared under <c>types</c>, the same C# type in
    /// every spec that declares it identically (the send result <c>{zaapId, messageId, id}</c>).
    /// </summary>
    private TypeRef? ReadResponseType(MappingReader response, int status, bool hasShape)
    {
        YamlScalar? type = ShapeKey(response, "type", hasShape, $"Response {status} has 'type' (a named object type) beside 'body', 'items' or 'values'; keep one.");
        if (type is null)
        {
            return null;
        }

        if (!_types.TryGetValue(type.Value, out TypeDefinition? definition))
        {
            if (_refusedTypeNames.Contains(type.Value) || _typeNames.Contains(type.Value))
            {
                // Declared, and its declaration already says what is wrong with it.
                _context.Follows();
                return null;
            }

            _context.Report(SpecErrorKind.UnknownType, $"Unknown type '{type.Value}' for response {status}: 'type' names an object type declared under 'types' (for members of its own, use 'body').", type.Span);
            return null;
        }

        if (definition.IsEnum)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'{type.Value}' is an enum; 'type' of response {status} names an object type (the body is a JSON object).", type.Span);
            return null;
        }

        return TypeRef.Named(type.Value);
    }

    /// <summary><c>values: T</c>: a body that is a JSON object whose member names are data (<c>{"0": "#FF9485"}</c>).</summary>
    private TypeRef? ReadResponseValues(MappingReader response, int status, bool hasShape)
    {
        YamlScalar? values = ShapeKey(response, "values", hasShape, $"Response {status} has 'values' (an object of data-named members) beside 'body' or 'items'; keep the one its example shows.");
        return values is null ? null : ResolveElementType(values, $"responses.{status}.values");
    }

    private ResponseContent ReadContent(MappingReader response, int status, EquatableArray<SpecAttribute> body, TypeRef? items)
    {
        YamlScalar? content = response.Scalar("content", required: false);
        bool hasJsonShape = !body.IsEmpty || items is not null;
        if (content is null)
        {
            return hasJsonShape || response.Find("example") is not null || response.Find("examples") is not null ? ResponseContent.Json : ResponseContent.None;
        }

        int index = Array.IndexOf(SpecKeys.Contents, content.Value);
        if (index < 0)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'content' is one of {string.Join(", ", SpecKeys.Contents)}, not '{content.Value}'.", content.Span);
            return ResponseContent.Json;
        }

        var parsed = (ResponseContent)index;
        if (parsed != ResponseContent.Json && hasJsonShape)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"Response {status} is 'content: {content.Value}' but declares 'body', 'items' or 'values', which describe JSON.", content.Span);
        }

        return parsed;
    }

    /// <summary>
    /// Reads <c>example</c> and <c>examples</c> of a request or response; with a shape, each must be JSON
    /// that fits it. <paramref name="label"/> names them in messages: "the request example", "201 example 2".
    /// </summary>
    private EquatableArray<SpecExample> ReadExamples(MappingReader owner, string label, ExampleShape? shape)
    {
        var examples = new List<SpecExample>();
        YamlScalar? single = owner.Scalar("example", required: false);
        if (single is not null)
        {
            examples.Add(shape is null ? new SpecExample(single.Value, single.Span) : ReadJsonExample(single, $"the {label} example", shape));
        }

        YamlSequence? list = owner.Sequence("examples");
        if (list is not null)
        {
            for (int i = 0; i < list.Items.Count; i++)
            {
                if (list.Items[i] is not YamlScalar item || item.IsNull)
                {
                    _context.Report(SpecErrorKind.WrongNodeKind, $"Each of 'examples' is one example body (a '|' block), not {list.Items[i].KindName}.", list.Items[i].Span);
                    continue;
                }

                examples.Add(shape is null ? new SpecExample(item.Value, item.Span) : ReadJsonExample(item, $"{label} example {i + 1}", shape));
            }
        }

        return examples.ToEquatableArray();
    }
}

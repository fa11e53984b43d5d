using System.Collections.Generic;
using System.Globalization;
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
            if (!int.TryParse(entry.Key.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int status) || status < 100 || status > 599)
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
        string where = $"response {status}";
        if (node is YamlScalar scalar && scalar.IsNull)
        {
            return new ResponseSpec(status, null, null, EquatableArray<SpecAttribute>.Empty, null, key.Span);
        }

        MappingReader? response = MappingReader.Open(node, where, key.Span, _context, SpecKeys.Response, System.Array.Empty<string>());
        if (response is null)
        {
            return null;
        }

        string? description = response.Text("description", required: false);
        YamlScalar? hint = response.Scalar("hint", required: false);
        bool isSuccess = status >= 200 && status <= 299;
        if (isSuccess && hint is not null)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'hint' documents the advice for an error status; response {status} is a success. Use 'description'.", response.KeySpan("hint"));
        }

        if (!isSuccess && response.Find("body") is not null)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"Response {status} is an error: the client reports it as ZApiException with its hint and body text, so it takes no 'body' attributes.", response.KeySpan("body"));
        }

        int errorsBefore = _context.Errors.Count;
        EquatableArray<SpecAttribute> body = isSuccess ? ReadBody(response, $"'responses.{status}.body'") : EquatableArray<SpecAttribute>.Empty;
        bool attributesRead = _context.Errors.Count == errorsBefore;
        SpecExample? example = ReadExample(response, isSuccess ? body : (EquatableArray<SpecAttribute>?)null, $"the {status} example", checkAgainstAttributes: attributesRead);
        return new ResponseSpec(status, description, hint?.Value, body, example, key.Span);
    }
}

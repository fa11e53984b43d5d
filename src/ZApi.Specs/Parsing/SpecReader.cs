using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;
using ZApi.Specs.Yaml;

namespace ZApi.Specs.Parsing;

/// <summary>Reads the YAML tree of one spec file into the <see cref="Spec"/> model, reporting located errors.</summary>
internal sealed partial class SpecReader
{
    private readonly ReadContext _context;

    /// <summary>The spec's PascalCase id: its request and response records are named after it.</summary>
    private string _typePrefix = string.Empty;

    public SpecReader(ReadContext context) => _context = context;

    public Spec? Read(YamlNode root)
    {
        SourceSpan fileStart = new(0, 0, 0, 0, 0, 0);
        MappingReader? spec = MappingReader.Open(root, "the spec", fileStart, _context, SpecKeys.Root, SpecKeys.RootRequired);
        if (spec is null)
        {
            return null;
        }

        YamlScalar? id = spec.Scalar("id", required: true);
        YamlScalar? client = spec.Scalar("client", required: true);
        string? title = spec.Text("title", required: true);
        string? summary = spec.Text("summary", required: false);
        string? method = ReadMethod(spec);
        YamlScalar? routeNode = spec.Scalar("route", required: true);
        string? route = ReadRoute(routeNode);
        Credentials? credentials = ReadCredentials(spec);
        string? deprecated = spec.Text("deprecated", required: false);
        YamlScalar? page = spec.Scalar("page", required: false);
        CheckPage(page);
        bool undocumented = ReadUndocumented(spec, page);
        EquatableArray<Departure> departures = ReadDepartures(spec);
        EquatableArray<PageNote> notes = ReadNotes(spec, "the spec");

        CheckKebabName(id, "id", "the page id, such as 'create-instance'");
        _typePrefix = id is null ? string.Empty : Naming.GeneratedNames.Stem(id.Value);
        CheckKebabName(client, "client", "the client group, such as 'partner' or 'instance'");
        if (id is not null)
        {
            CheckFileName(id);
        }

        EquatableArray<TypeDefinition> types = ReadTypes(spec);
        RequestSpec request = ReadRequest(spec);
        types = OpenUnlessRequested(types, request);
        EquatableArray<ResponseSpec> responses = ReadResponses(spec);
        types = FinishOpenEnums(types, EnumOpenness.RequestTypes(request, types), EnumOpenness.AnswerTypes(responses, types));
        bool instanceBound = credentials == Credentials.Instance;
        if (route is not null)
        {
            CheckInstanceRoute(routeNode!, route, instanceBound, request.Path);
            CheckRouteParameters(routeNode!, route, instanceBound, request.Path);
        }

        if (id is null || client is null || title is null || method is null || route is null || credentials is null)
        {
            return null;
        }

        return new Spec(_context.FilePath, id.Value, id.Span, client.Value, client.Span, title, summary, method, route, credentials.Value, request, responses, types, deprecated, page?.Value, departures, routeNode!.Span, notes, undocumented);
    }

    private string? ReadMethod(MappingReader spec)
    {
        YamlScalar? method = spec.Scalar("method", required: true);
        if (method is null)
        {
            return null;
        }

        string upper = method.Value.ToUpperInvariant();
        if (Array.IndexOf(SpecKeys.Methods, upper) < 0)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'{method.Value}' is not an HTTP method this generator knows; use one of {string.Join(", ", SpecKeys.Methods)}.", method.Span);
            return null;
        }

        return upper;
    }

    private string? ReadRoute(YamlScalar? route)
    {
        if (route is null)
        {
            return null;
        }

        string value = route.Value;
        if (value.Length > SpecLimits.MaxRouteLength)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"The route has {value.Length} characters; a route is at most {SpecLimits.MaxRouteLength}.", route.Span);
            return null;
        }

        if (!value.StartsWith("/", StringComparison.Ordinal))
        {
            _context.Report(SpecErrorKind.InvalidValue, $"The route '{value}' must start with '/' (the path after https://api.z-api.io).", route.Span);
            return null;
        }

        bool inParameter = false;
        foreach (char c in value)
        {
            bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '-' || c == '.' || c == '_' || c == '~'
                || (c == '{' && !inParameter) || (c == '}' && inParameter);
            if (!allowed)
            {
                _context.Report(SpecErrorKind.InvalidValue, $"The route contains '{Printable(c)}'; a route holds only letters, digits, / - . _ ~ and {{parameter}} segments.", route.Span);
                return null;
            }

            inParameter = c == '{' || (inParameter && c != '}');
        }

        if (inParameter)
        {
            _context.Report(SpecErrorKind.InvalidValue, "The route opens a '{' it does not close.", route.Span);
            return null;
        }

        // URI normalisation removes dot segments and a client may fold '//': the call would go elsewhere.
        string[] segments = value.Substring(1).Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            string segment = segments[i];
            if (segment is "." or "..")
            {
                _context.Report(SpecErrorKind.InvalidValue, $"The route has a '{segment}' segment; URI normalisation would send the call to another route. Write the route as documented, without '.' or '..' segments.", route.Span);
                return null;
            }

            if (segment.Length == 0 && i < segments.Length - 1)
            {
                _context.Report(SpecErrorKind.InvalidValue, "The route has an empty segment ('//'); write each '/' once.", route.Span);
                return null;
            }
        }

        return value;
    }

    /// <summary>
    /// <c>credentials: instance</c> binds the route's <c>{instanceId}</c> and <c>{instanceToken}</c> to the
    /// client: the route must start with the documented instance prefix, and the two are not parameters.
    /// </summary>
    private void CheckInstanceRoute(YamlScalar routeNode, string route, bool instanceBound, EquatableArray<SpecAttribute> path)
    {
        if (!instanceBound)
        {
            return;
        }

        if (!route.StartsWith(CredentialsNames.InstanceRoutePrefix, StringComparison.Ordinal) || route.Length == CredentialsNames.InstanceRoutePrefix.Length)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'credentials: instance' binds the route to the client's instance: the route must start with '{CredentialsNames.InstanceRoutePrefix}' and go on, as the instance API documents (such as '{CredentialsNames.InstanceRoutePrefix}send-text').", routeNode.Span);
        }

        foreach (SpecAttribute parameter in path)
        {
            if (Array.IndexOf(CredentialsNames.InstanceParameters, parameter.Name) >= 0)
            {
                _context.Report(SpecErrorKind.InvalidValue, $"'{parameter.Name}' comes from the client ('credentials: instance'): remove it from 'request.path'.", parameter.NameSpan);
            }
        }
    }

    /// <summary>Every <c>{name}</c> of the route has a path parameter, and every path parameter a place in the route.</summary>
    private void CheckRouteParameters(YamlScalar routeNode, string route, bool instanceBound, EquatableArray<SpecAttribute> path)
    {
        var placeholders = new List<string>();
        int open = route.IndexOf('{');
        while (open >= 0)
        {
            int close = route.IndexOf('}', open);
            placeholders.Add(route.Substring(open + 1, close - open - 1));
            open = route.IndexOf('{', close);
        }

        if (instanceBound)
        {
            placeholders.RemoveAll(p => Array.IndexOf(CredentialsNames.InstanceParameters, p) >= 0);
        }

        foreach (string placeholder in placeholders)
        {
            if (!System.Linq.Enumerable.Any(path, p => p.Name == placeholder))
            {
                _context.Report(SpecErrorKind.MissingKey, $"The route has '{{{placeholder}}}' but 'request.path' declares no parameter '{placeholder}'.", routeNode.Span);
            }
        }

        foreach (SpecAttribute parameter in path)
        {
            if (!placeholders.Contains(parameter.Name) && !(instanceBound && Array.IndexOf(CredentialsNames.InstanceParameters, parameter.Name) >= 0))
            {
                _context.Report(SpecErrorKind.InvalidValue, $"The path parameter '{parameter.Name}' has no '{{{parameter.Name}}}' in the route '{route}'.", parameter.NameSpan);
            }
        }
    }

    /// <summary><c>page</c>: a page id, or <c>area/page-id</c> where two areas have a page of that id.</summary>
    private void CheckPage(YamlScalar? page)
    {
        if (page is not null && !page.Value.Split('/').All(IsKebabCase))
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'page' is the documentation page id the spec mirrors (lower-case words joined by '-', such as 'send-message-text', or 'communities/redefine-invitation-link' where two areas share the id), not '{page.Value}'.", page.Span);
        }
    }

    /// <summary><c>undocumented: true</c>: no documentation page describes this endpoint, on purpose (<c>zapi check</c> leaves it alone); it names no page.</summary>
    private bool ReadUndocumented(MappingReader spec, YamlScalar? page)
    {
        YamlScalar? undocumented = spec.Scalar("undocumented", required: false);
        if (undocumented is null)
        {
            return false;
        }

        if (undocumented.Value is not ("true" or "false"))
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'undocumented' is true (no documentation page describes this endpoint, on purpose) or false, not '{undocumented.Value}'.", undocumented.Span);
            return false;
        }

        if (undocumented.Value == "true" && page is not null)
        {
            _context.Report(SpecErrorKind.InvalidValue, "An undocumented spec names no page: remove 'page' or 'undocumented'.", undocumented.Span);
        }

        return undocumented.Value == "true";
    }

    /// <summary><c>departures</c>: the documented quirks this spec fixes on purpose, each <c>{ at, reason }</c>.</summary>
    private EquatableArray<Departure> ReadDepartures(MappingReader spec)
    {
        YamlSequence? list = spec.Sequence("departures");
        if (list is null)
        {
            return EquatableArray<Departure>.Empty;
        }

        var departures = new List<Departure>();
        foreach (YamlNode item in list.Items)
        {
            MappingReader? departure = MappingReader.Open(item, "a departure", item.Span, _context, SpecKeys.Departure, SpecKeys.DepartureRequired);
            YamlScalar? at = departure?.Scalar("at", required: true);
            string? reason = departure?.Text("reason", required: true);
            YamlScalar? pin = departure?.Scalar("pin", required: false);
            if (at is not null && reason is not null)
            {
                departures.Add(new Departure(at.Value, reason, at.Span, pin?.Value, pin?.Span ?? default));
            }
        }

        return departures.ToEquatableArray();
    }

    private Credentials? ReadCredentials(MappingReader spec)
    {
        YamlScalar? credentials = spec.Scalar("credentials", required: true);
        if (credentials is null)
        {
            return null;
        }

        if (!CredentialsNames.TryParse(credentials.Value, out Credentials parsed))
        {
            string? closest = ClosestName.Find(credentials.Value, CredentialsNames.All);
            string hint = closest is null ? string.Empty : $" Did you mean '{closest}'?";
            _context.Report(SpecErrorKind.InvalidValue, $"Unknown credentials '{credentials.Value}'; use one of {string.Join(", ", CredentialsNames.All)}.{hint}", credentials.Span);
            return null;
        }

        return parsed;
    }

    private void CheckKebabName(YamlScalar? scalar, string key, string what, bool reserve = true)
    {
        if (scalar is null)
        {
            return;
        }

        if (!IsKebabCase(scalar.Value))
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'{key}' must be lower-case words joined by '-' ({what}, at most {SpecLimits.MaxIdLength} characters), not '{scalar.Value}'.", scalar.Span);
            return;
        }

        string? reserved = reserve ? Naming.GeneratedNames.ReservedStem(scalar.Value) : null;
        if (reserved is not null)
        {
            _context.Report(SpecErrorKind.NameCollision, $"'{key}' '{scalar.Value}' is reserved: {reserved}. Choose another.", scalar.Span);
        }
    }

    private void CheckFileName(YamlScalar id)
    {
        string fileName = Path.GetFileName(_context.FilePath);
        string expected = id.Value + ".zapi.yaml";
        if (!string.Equals(fileName, expected, StringComparison.Ordinal))
        {
            _context.Report(SpecErrorKind.FileNameMismatch, $"The spec id '{id.Value}' does not match the file name '{fileName}'; name the file '{expected}'.", id.Span);
        }
    }

    internal static bool IsKebabCase(string value) => Naming.SpecIds.IsKebabCase(value);

    internal static string Printable(char c) => c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString();
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ZApi.Specs.Model;
using ZApi.Tool.Docs;

namespace ZApi.Tool.Import;

/// <summary>A route parameter of a documented URL: its name in the spec, and how the page wrote it.</summary>
internal sealed record RouteParameter(string Name, string Written);

/// <summary>A query parameter written into a documented URL, with its value when it is a concrete one.</summary>
internal sealed record QueryParameter(string Name, string? Example);

/// <summary>A documented URL read as a spec route: the template, the credentials it implies, its parameters.</summary>
internal sealed record ReadRoute(string Route, Credentials Credentials, IReadOnlyList<RouteParameter> Path, IReadOnlyList<QueryParameter> Query, bool CredentialsGuessed);

/// <summary>
/// Reads the URLs pages write (<c>https://api.z-api.io/instances/SUA_INSTANCIA/token/SEU_TOKEN/send-text</c>,
/// <c>{{instanceId}}</c>, <c>{id}</c>, <c>ID_INSTANCE</c>, path parameters as <c>{phone}</c>,
/// <c>{{Numero-de-telefone}}</c>, query strings) into a spec route with the instance prefix bound.
/// </summary>
internal static class RouteReader
{
    private const string Base = "https://api.z-api.io";

    private static readonly string[] InstanceIds = { "sua_instancia", "instanceid", "id", "instance_id", "id_instance", "{id}" };
    private static readonly string[] InstanceTokens = { "seu_token", "instancetoken", "token", "instance_token", "token_instance" };

    public static ReadRoute Read(string url)
    {
        string rest = url.StartsWith(Base, StringComparison.OrdinalIgnoreCase) ? url.Substring(Base.Length) : new Uri(url).PathAndQuery;
        int question = rest.IndexOf('?');
        string path = question < 0 ? rest : rest.Substring(0, question);
        string query = question < 0 ? string.Empty : rest.Substring(question + 1).TrimEnd('/');
        string[] segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);

        var parameters = new List<RouteParameter>();
        var route = new StringBuilder();
        Credentials credentials = Credentials.None;
        bool guessed = false;
        int start = 0;
        if (segments.Length >= 4 && segments[0] == "instances" && segments[2] == "token" && IsPlaceholderOf(segments[1], InstanceIds) && IsPlaceholderOf(segments[3], InstanceTokens))
        {
            bool partner = segments.Length > 4 && segments[4] == "integrator";
            if (partner)
            {
                // Partner routes act on another instance: the id and token stay parameters.
                route.Append("/instances/{id}/token/{token}");
                parameters.Add(new RouteParameter("id", segments[1]));
                parameters.Add(new RouteParameter("token", segments[3]));
                credentials = Credentials.PartnerToken;
            }
            else
            {
                route.Append(CredentialsNames.InstanceRoutePrefix.TrimEnd('/'));
                credentials = Credentials.Instance;
            }

            start = 4;
        }
        else if (segments.Length >= 1 && segments[0] == "instances")
        {
            // /instances, /instances/integrator/on-demand: the partner API.
            credentials = Credentials.PartnerToken;
        }
        else
        {
            guessed = true;
        }

        for (int i = start; i < segments.Length; i++)
        {
            string segment = segments[i];
            string? name = ParameterName(segment);
            if (name is null)
            {
                route.Append('/').Append(segment);
                continue;
            }

            name = Unique(name, parameters.Select(p => p.Name));
            parameters.Add(new RouteParameter(name, segment));
            route.Append("/{").Append(name).Append('}');
        }

        var queryParameters = new List<QueryParameter>();
        foreach (string pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=');
            string key = equals < 0 ? pair : pair.Substring(0, equals);
            string value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair.Substring(equals + 1));
            queryParameters.Add(new QueryParameter(key, value.Length == 0 || ParameterName(value) is not null || IsPlaceholderWord(value) ? null : value));
        }

        return new ReadRoute(route.Length == 0 ? "/" : route.ToString(), credentials, parameters, queryParameters, guessed);
    }

    /// <summary>The value each parameter of <paramref name="template"/> takes in a concrete example URL, when the two match segment by segment.</summary>
    public static IReadOnlyDictionary<string, string> Values(ReadRoute template, string exampleUrl)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        ReadRoute example = Read(exampleUrl);
        string[] expected = template.Route.Trim('/').Split('/');
        string[] actual = example.Route.Trim('/').Split('/');
        string rest = exampleUrl.StartsWith(Base, StringComparison.OrdinalIgnoreCase) ? exampleUrl.Substring(Base.Length) : exampleUrl;
        string[] raw = rest.Split('?')[0].Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (expected.Length != actual.Length || raw.Length != expected.Length)
        {
            return values;
        }

        for (int i = 0; i < expected.Length; i++)
        {
            if (expected[i].StartsWith("{", StringComparison.Ordinal) && !actual[i].StartsWith("{", StringComparison.Ordinal) && !IsPlaceholderWord(raw[i]))
            {
                values[expected[i].Trim('{', '}')] = Uri.UnescapeDataString(raw[i]);
            }
            else if (!expected[i].StartsWith("{", StringComparison.Ordinal) && expected[i] != actual[i])
            {
                return new Dictionary<string, string>();
            }
        }

        return values;
    }

    private static bool IsPlaceholderOf(string segment, string[] names) => names.Contains(Text.Fold(segment.Trim('{', '}')));

    /// <summary>A parameter's name when the segment is a placeholder (<c>{phone}</c>, <c>{{ID_DA_ETIQUETA}}</c>), or null for a literal segment.</summary>
    private static string? ParameterName(string segment)
    {
        string trimmed = segment.Trim('*');
        if (trimmed.StartsWith("{", StringComparison.Ordinal) && trimmed.EndsWith("}", StringComparison.Ordinal))
        {
            return CamelCase(trimmed.Trim('{', '}'));
        }

        return null;
    }

    /// <summary>A word in capitals and underscores (<c>ESCOPO_DO_BLOQUEIO</c>), or a described value (<c>url-do-grupo</c>): a placeholder, not a value.</summary>
    private static bool IsPlaceholderWord(string value) =>
        (value.Length > 3 && value.All(c => char.IsUpper(c) || c == '_' || char.IsDigit(c)) && value.Any(char.IsLetter))
        || value.Contains("-do-", StringComparison.Ordinal) || value.Contains("-da-", StringComparison.Ordinal) || value.Contains("-de-", StringComparison.Ordinal);

    /// <summary><c>Numero-de-telefone</c> → <c>numeroDeTelefone</c>; <c>ID_DA_ETIQUETA</c> → <c>idDaEtiqueta</c>; accents dropped; a note in parentheses dropped.</summary>
    public static string CamelCase(string text)
    {
        int parenthesis = text.IndexOf('(');
        string folded = Text.WithoutAccents(parenthesis > 0 ? text.Substring(0, parenthesis) : text);
        string[] words = folded.Split(c => !char.IsLetterOrDigit(c) || c > 127);
        var builder = new StringBuilder();
        foreach (string word in words.Where(w => w.Length > 0))
        {
            bool allCaps = word.All(c => !char.IsLetter(c) || char.IsUpper(c));
            string normal = allCaps ? word.ToLowerInvariant() : word;
            builder.Append(builder.Length == 0 ? char.ToLowerInvariant(normal[0]) + normal.Substring(1) : char.ToUpperInvariant(normal[0]) + normal.Substring(1));
        }

        return builder.Length == 0 ? "value" : builder.ToString();
    }

    private static string Unique(string name, IEnumerable<string> taken)
    {
        var set = new HashSet<string>(taken, StringComparer.Ordinal);
        string candidate = name;
        for (int i = 2; set.Contains(candidate); i++)
        {
            candidate = name + i.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}

internal static class StringSplitExtensions
{
    public static string[] Split(this string text, Func<char, bool> separator)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (char c in text)
        {
            if (separator(c))
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString());
        return parts.ToArray();
    }
}

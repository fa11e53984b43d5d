using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZApi.Specs.Model;

namespace ZApi.Contracts.Recorded;

/// <summary>
/// Which compiled spec a recorded request is a call of: the same method and a route whose literal
/// segments equal the recorded path's, <c>{parameters}</c> standing for any one segment. Of several,
/// the route with the most literal segments (<c>/chats/archived</c> before <c>/chats/{phone}</c>); of
/// specs that share a route (send-text, mention-group and send-meta-ai-message are all
/// <c>POST /send-text</c>), the one whose body attributes fit the recorded body best, then the one named
/// after the route.
/// </summary>
internal sealed record RouteMatch(Spec Spec, IReadOnlyDictionary<string, string> PathValues)
{
    public static RouteMatch? Find(IEnumerable<Spec> specs, string method, string path, string? body = null)
    {
        HashSet<string>? members = BodyMembers(body);
        int bestFit = int.MinValue;
        string[] recorded = Segments(path);
        RouteMatch? best = null;
        int bestLiterals = -1;
        foreach (Spec spec in specs)
        {
            if (!string.Equals(spec.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string[] template = Segments(spec.Route);
            if (template.Length != recorded.Length)
            {
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            int literals = 0;
            bool matches = true;
            for (int i = 0; i < template.Length && matches; i++)
            {
                string value = Uri.UnescapeDataString(recorded[i]);
                if (Parameter(template[i]) is { } name)
                {
                    matches = value.Length > 0;
                    values[name] = value;
                }
                else
                {
                    matches = string.Equals(template[i], value, StringComparison.Ordinal);
                    literals++;
                }
            }

            // Then, of specs that fit as well, the one named after the route's last segment (send-text for /send-text).
            int fit = matches ? (Fit(spec, members) * 2) + (spec.Id == template[template.Length - 1] ? 1 : 0) : int.MinValue;
            if (matches && (literals > bestLiterals || (literals == bestLiterals && fit > bestFit)))
            {
                best = new RouteMatch(spec, values);
                bestLiterals = literals;
                bestFit = fit;
            }
        }

        return best;
    }

    /// <summary>How well a spec's body attributes fit the recorded members: each missing required attribute and each member the spec lacks counts against it.</summary>
    private static int Fit(Spec spec, HashSet<string>? members)
    {
        if (members is null)
        {
            return 0;
        }

        int missing = spec.Request.Body.Count(a => a.IsRequired && !members.Contains(a.Name));
        int unknown = members.Count(m => !spec.Request.Body.Any(a => a.Name == m));
        return -(missing * 2) - unknown;
    }

    private static HashSet<string>? BodyMembers(string? body)
    {
        if (body is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body) is JsonObject json ? new HashSet<string>(json.Select(m => m.Key), StringComparer.Ordinal) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The path as it may be shown: the instance id and token of an instance route as <c>***</c>, the
    /// recorded values of the endpoint's own parameters kept.
    /// </summary>
    public static string Shown(string path, Spec? spec)
    {
        string[] recorded = Segments(path);
        if (spec is null)
        {
            // No route to say where the credentials are: hide what follows /instances/ and /token/.
            for (int i = 1; i < recorded.Length; i++)
            {
                if (recorded[i - 1] is "instances" or "token" && recorded[i] != "integrator")
                {
                    recorded[i] = "***";
                }
            }

            return "/" + string.Join("/", recorded);
        }

        string[] template = Segments(spec.Route);
        for (int i = 0; i < recorded.Length && i < template.Length; i++)
        {
            if (template[i] is "{instanceId}" or "{instanceToken}")
            {
                recorded[i] = "***";
            }
        }

        return "/" + string.Join("/", recorded);
    }

    /// <summary><c>{name}</c> → <c>name</c>; null for a literal segment.</summary>
    public static string? Parameter(string segment) =>
        segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}' ? segment.Substring(1, segment.Length - 2) : null;

    public static string[] Segments(string path) => path.Trim('/').Split('/');
}

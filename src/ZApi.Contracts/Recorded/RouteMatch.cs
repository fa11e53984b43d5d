using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZApi.Specs.Model;
using ZApi.Specs.Plans;

namespace ZApi.Contracts.Recorded;

/// <summary>
/// Which compiled spec a recorded request is a call of: the same method and a route whose literal
/// segments equal the recorded path's, <c>{parameters}</c> standing for any one segment. Of several,
/// the route with the most literal segments (<c>/chats/archived</c> before <c>/chats/{phone}</c>); of
/// specs that share a route (send-text, mention-group and send-meta-ai-message are all
/// <c>POST /send-text</c>), the one whose body attributes fit the recorded body best, then the one named
/// after the route. The route's segments and body members are the plan's (<see cref="RoutePlan.Segments"/>),
/// as the generated client builds them.
/// </summary>
internal sealed record RouteMatch(EndpointPlan Plan, IReadOnlyDictionary<string, string> PathValues)
{
    /// <summary>The spec of the matching plan.</summary>
    public Spec Spec => Plan.Spec;

    public static RouteMatch? Find(IEnumerable<EndpointPlan> plans, string method, string path, string? body = null)
    {
        HashSet<string>? members = BodyMembers(body);
        int bestFit = int.MinValue;
        string[] recorded = Segments(path);
        RouteMatch? best = null;
        int bestLiterals = -1;
        foreach (EndpointPlan plan in plans)
        {
            if (!string.Equals(plan.HttpMethod, method, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            EquatableArray<RouteSegment> template = plan.Route.Segments;
            if (template.Count != recorded.Length)
            {
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            int literals = 0;
            bool matches = true;
            for (int i = 0; i < template.Count && matches; i++)
            {
                string value = Uri.UnescapeDataString(recorded[i]);
                if (template[i].Parameter is { } name)
                {
                    matches = value.Length > 0;
                    values[name] = value;
                }
                else
                {
                    matches = string.Equals(template[i].Text, value, StringComparison.Ordinal);
                    literals++;
                }
            }

            // Then, of specs that fit as well, the one named after the route's last segment (send-text for /send-text).
            int fit = matches ? (Fit(plan, members) * 2) + (plan.Id == template[template.Count - 1].Text ? 1 : 0) : int.MinValue;
            if (matches && (literals > bestLiterals || (literals == bestLiterals && fit > bestFit)))
            {
                best = new RouteMatch(plan, values);
                bestLiterals = literals;
                bestFit = fit;
            }
        }

        return best;
    }

    /// <summary>How well a spec's body attributes fit the recorded members: each missing required attribute and each member the spec lacks counts against it.</summary>
    private static int Fit(EndpointPlan plan, HashSet<string>? members)
    {
        if (members is null)
        {
            return 0;
        }

        EquatableArray<MemberPlan> body = plan.Body.Members;
        int missing = body.Count(a => a.IsRequired && !members.Contains(a.JsonName));
        int unknown = members.Count(m => !body.Any(a => a.JsonName == m));
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
    public static string Shown(string path, EndpointPlan? plan)
    {
        if (plan is null)
        {
            // No route to say where the credentials are: the shared rule hides what follows /instances/ and /token/.
            return Redaction.MaskPath("/" + string.Join("/", Segments(path)));
        }

        string[] recorded = Segments(path);
        EquatableArray<RouteSegment> template = plan.Route.Segments;
        for (int i = 0; i < recorded.Length && i < template.Count; i++)
        {
            if (template[i].IsInstanceCredential)
            {
                recorded[i] = "***";
            }
        }

        return "/" + string.Join("/", recorded);
    }

    /// <summary>A recorded or sent path's segments between '/' (a template's come split in its plan).</summary>
    public static string[] Segments(string path) => path.Trim('/').Split('/');
}

using System;
using System.Linq;
using System.Text.Json.Nodes;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;

namespace ZApi.Contracts;

/// <summary>
/// How the harness reads a payload through the generated code: the generated
/// <c>ZApiContractEntries.ReadWebhook</c>, which gives the kind the payload became (the event spec id,
/// or null for an unknown event) and what was read, written back as JSON.
/// </summary>
public delegate (string? Kind, string? Json) WebhookReader(string payload);

/// <summary>
/// Checks one documented webhook example against the compiled reader: it becomes the event of its
/// spec, and every documented member is read with the example's value. No server is needed: a
/// webhook is a payload the application reads.
/// </summary>
public static class WebhookVerifier
{
    /// <exception cref="ContractViolationException">The example is not read as documented; the message names each difference.</exception>
    public static void Verify(WebhookCase webhookCase, WebhookReader read)
    {
        if (webhookCase is null)
        {
            throw new ArgumentNullException(nameof(webhookCase));
        }

        if (read is null)
        {
            throw new ArgumentNullException(nameof(read));
        }

        SpecParseResult parsed = SpecParser.Parse("compiled event spec '" + webhookCase.Id + "'", webhookCase.SpecText);
        if (parsed.Event is not EventSpec spec)
        {
            throw new ContractViolationException($"Webhook contract {webhookCase}: the event spec does not parse: {string.Join("; ", parsed.Errors.Take(5))}");
        }

        var failures = new ContractFailures($"Webhook contract {webhookCase}: the generated reader differs from the documentation");
        if (webhookCase.Example < 1 || webhookCase.Example > spec.Examples.Count)
        {
            failures.Add("example", $"example {webhookCase.Example} of the spec", $"the spec has {spec.Examples.Count} example(s)");
            failures.ThrowIfAny();
        }

        string payload = spec.Examples[webhookCase.Example - 1].Json;
        (string? Kind, string? Json) outcome;
        try
        {
            outcome = read(payload);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            failures.Add("reading", $"the event '{spec.Id}' ({spec.RecordName})", $"{exception.GetType().Name}: {exception.Message}");
            failures.ThrowIfAny();
            return;
        }

        if (outcome.Kind != spec.Id)
        {
            failures.Add("kind", $"'{spec.Id}' ({spec.RecordName}: \"type\" {spec.Type}{Told(spec)})", outcome.Kind is null ? "an unknown event (ZApiUnknownEvent)" : $"'{outcome.Kind}'");
            failures.ThrowIfAny();
        }

        new DocumentedValueComparer(name => spec.Types.FirstOrDefault(t => t.Name == name), failures)
            .CompareMembers(spec.Members, Parse(payload), Parse(outcome.Json), "payload");
        failures.ThrowIfAny();
    }

    private static string Told(EventSpec spec) =>
        spec.Present is not null ? $", with a \"{spec.Present}\" object"
        : !spec.Notifications.IsEmpty ? $", notification {string.Join(" or ", spec.Notifications)}"
        : string.Empty;

    private static JsonNode? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Writing;

namespace ZApi.Generator.Tests.Events;

/// <summary>
/// Event specs (webhook payloads): read by the one parser, written back by the one writer, refused
/// at their line when wrong, and generated as records with one dispatcher that compiles cleanly.
/// </summary>
public sealed class EventSpecTests
{
    private static InMemoryAdditionalText[] Fixtures() => new[]
    {
        GeneratorHarness.Spec("events/received-text.zapi.yaml", EventTexts.ReceivedText),
        GeneratorHarness.Spec("events/received-call.zapi.yaml", EventTexts.ReceivedCall),
        GeneratorHarness.Spec("events/received-message.zapi.yaml", EventTexts.ReceivedMessage),
        GeneratorHarness.Spec("events/message-status.zapi.yaml", EventTexts.MessageStatus),
    };

    [Fact]
    public void An_event_spec_reads_into_the_event_model()
    {
        SpecParseResult result = SpecParser.Parse("received-call.zapi.yaml", EventTexts.ReceivedCall);

        Assert.True(result.IsClean, string.Join("\n", result.Errors));
        Assert.Null(result.Spec);
        EventSpec webhook = result.Event!;
        Assert.Equal("ReceivedCallBack", webhook.Type);
        Assert.Equal(new[] { "CALL_VOICE", "CALL_MISSED_VOICE" }, webhook.Notifications);
        Assert.Null(webhook.Present);
        Assert.Equal("ReceivedCallEvent", webhook.RecordName);
        Assert.Equal(new[] { "phone", "type", "notification" }, webhook.Members.Select(m => m.Name));
        Assert.Single(webhook.Examples);
    }

    [Theory]
    [InlineData(EventTexts.ReceivedText)]
    [InlineData(EventTexts.ReceivedCall)]
    [InlineData(EventTexts.ReceivedMessage)]
    [InlineData(EventTexts.MessageStatus)]
    public void The_writer_writes_an_event_spec_the_parser_reads_back_equal(string yaml)
    {
        EventSpec original = SpecParser.Parse("x.zapi.yaml", yaml).Event!;

        SpecParseResult again = SpecParser.Parse("x.zapi.yaml", SpecWriter.Write(original));

        Assert.True(again.Event is not null, string.Join("\n", again.Errors));
        Assert.Equal(original with { IdSpan = default, TypeSpan = default, Members = default, Examples = default, Types = default }, again.Event with { IdSpan = default, TypeSpan = default, Members = default, Examples = default, Types = default });
        Assert.Equal(original.Members.Select(m => m with { NameSpan = default }), again.Event.Members.Select(m => m with { NameSpan = default }));
        Assert.Equal(original.Examples.Select(e => e.Json), again.Event.Examples.Select(e => e.Json));
        Assert.True(original.Types.Zip(again.Event.Types, (a, b) => a.SameAs(b)).All(same => same));
    }

    public static readonly TheoryData<string, string, string, int, string> Mistakes = new()
    {
        // name, spec, diagnostic, line (1-based), a fragment of the message
        { "an endpoint key in an event spec", EventTexts.ReceivedMessage.Replace("title: Mensagem recebida", "title: Mensagem recebida\nroute: /x"), "ZAPI012", 4, "has no 'route'" },
        { "present names an undeclared member", EventTexts.ReceivedText.Replace("present: text", "present: image"), "ZAPI012", 6, "'present: image'" },
        { "present names a string", EventTexts.ReceivedText.Replace("present: text", "present: phone"), "ZAPI012", 6, "tells kinds apart by a JSON object member" },
        { "present and notification together", EventTexts.ReceivedText.Replace("present: text", "present: text\n  notification: CALL_VOICE"), "ZAPI012", 7, "a kind has one of them" },
        { "no type", EventTexts.ReceivedMessage.Replace("  type: ReceivedCallback\n", string.Empty), "ZAPI002", 4, "'type'" },
        { "a type with a space", EventTexts.ReceivedMessage.Replace("type: ReceivedCallback", "type: Received Callback"), "ZAPI012", 5, "not a value a payload carries" },
        { "a notification code twice", EventTexts.ReceivedCall.Replace("    - CALL_MISSED_VOICE", "    - CALL_VOICE"), "ZAPI012", 8, "listed twice" },
        { "an example member not declared", EventTexts.ReceivedMessage.Replace("\"waitingMessage\": true", "\"waitingMessage\": true, \"extra\": 1"), "ZAPI009", 17, "\"extra\"" },
        { "an example value of another type", EventTexts.ReceivedMessage.Replace("\"waitingMessage\": true", "\"waitingMessage\": \"sim\""), "ZAPI010", 17, "waitingMessage" },
        { "an example of another type", EventTexts.ReceivedMessage.Replace("\"type\": \"ReceivedCallback\"", "\"type\": \"MessageStatusCallback\""), "ZAPI010", 16, "the payload would be read as another kind" },
        { "an example without its content object", EventTexts.ReceivedText.Replace("\"text\": {\"message\": \"teste\"}", "\"text\": null"), "ZAPI010", 24, "has no \"text\" object" },
        { "an example without its notification code", EventTexts.ReceivedCall.Replace("\"notification\": \"CALL_VOICE\"", "\"notification\": \"CALL_VIDEO\""), "ZAPI010", 19, "has no \"notification\" of CALL_VOICE, CALL_MISSED_VOICE" },
        { "a type named like an event record", EventTexts.ReceivedText.Replace("ReceivedTextContent", "ReceivedTextEvent"), "ZAPI006", 27, "ending in 'Event'" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_wrong_event_spec_is_reported_at_its_line(string name, string yaml, string id, int line, string fragment)
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("events/" + yaml.Split('\n')[0].Substring(4).Trim() + ".zapi.yaml", yaml));

        Diagnostic? diagnostic = run.GeneratorDiagnostics.FirstOrDefault(d => d.Id == id && d.GetMessage().Contains(fragment, StringComparison.Ordinal));
        Assert.True(diagnostic is not null, $"{name}: expected {id} with '{fragment}', got {GeneratorRun.Format(run.GeneratorDiagnostics)}");
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Null(run.Generator.Exception);
    }

    [Fact]
    public void Two_kinds_that_claim_the_same_payloads_are_reported_and_the_later_one_is_skipped()
    {
        string otherDefault = EventTexts.ReceivedMessage.Replace("id: received-message", "id: received-other").Replace("type: ReceivedCallback", "type: RECEIVEDCALLBACK");
        string otherText = EventTexts.ReceivedText.Replace("id: received-text", "id: received-words").Replace("ReceivedTextContent", "ReceivedWords");

        GeneratorRun run = GeneratorHarness.Run(Fixtures().Concat(new[]
        {
            GeneratorHarness.Spec("events/received-other.zapi.yaml", otherDefault),
            GeneratorHarness.Spec("events/received-words.zapi.yaml", otherText),
        }).ToArray());

        Assert.Equal(2, run.GeneratorDiagnostics.Count(d => d.Id == "ZAPI005"));
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "ZAPI005" && d.GetMessage().Contains("'received-message'", StringComparison.Ordinal) && d.Location.GetLineSpan().Path.EndsWith("received-other.zapi.yaml", StringComparison.Ordinal));
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "ZAPI005" && d.GetMessage().Contains("with a 'text' object", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("ReceivedOther", StringComparison.Ordinal) || s.HintName.Contains("ReceivedWords", StringComparison.Ordinal));
        Assert.Equal(string.Empty, string.Join("\n", run.CompilationProblems.Select(d => d.ToString())));
    }

    [Fact]
    public void A_project_event_that_claims_a_built_in_kinds_payloads_replaces_it()
    {
        const string catalogue = "/nuget/zapi.generator/0.2.0/catalogue/";
        string own = EventTexts.ReceivedText.Replace("id: received-text", "id: my-text").Replace("ReceivedTextContent", "MyTextContent");

        GeneratorRun run = GeneratorHarness.Run(
            new[]
            {
                new InMemoryAdditionalText(catalogue + "events/received-text.zapi.yaml", EventTexts.ReceivedText),
                new InMemoryAdditionalText(catalogue + "events/received-message.zapi.yaml", EventTexts.ReceivedMessage),
                GeneratorHarness.Spec("events/my-text.zapi.yaml", own),
            },
            new System.Collections.Generic.Dictionary<string, string> { ["ZApiCatalogueFolder"] = catalogue });

        Diagnostic info = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("ZAPI021", DiagnosticSeverity.Info), (info.Id, info.Severity));
        Assert.EndsWith("my-text.zapi.yaml", info.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Contains("the built-in event 'events/received-text'", info.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(run.Sources, s => s.HintName == "ZApi.Events.MyTextEvent.g.cs");
        Assert.DoesNotContain(run.Sources, s => s.HintName == "ZApi.Events.ReceivedTextEvent.g.cs");
        Assert.Equal(string.Empty, string.Join("\n", run.CompilationProblems.Select(d => d.ToString())));
    }

    [Fact]
    public void Event_specs_alone_generate_records_and_a_dispatcher_that_compile_cleanly()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures());

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(string.Empty, string.Join("\n", run.CompilationProblems.Select(d => d.ToString())));
        INamedTypeSymbol text = run.Output.GetTypeByMetadataName("ZApi.ReceivedTextEvent")!;
        Assert.Equal("ZApiWebhookEvent", text.BaseType!.Name);
        Assert.NotNull(run.Output.GetTypeByMetadataName("ZApi.ZApiWebhooks")!.GetMembers("Read").SingleOrDefault());
    }

    [Fact]
    public void Every_event_file_and_the_dispatcher_match_their_snapshots()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures());

        Snapshot.MatchSources(run.Sources
            .Where(s => s.HintName.StartsWith("ZApi.Events.", StringComparison.Ordinal) || s.HintName.StartsWith("ZApi.ZApiWebhook", StringComparison.Ordinal))
            .Select(s => (s.HintName, s.SourceText.ToString())));
    }
}

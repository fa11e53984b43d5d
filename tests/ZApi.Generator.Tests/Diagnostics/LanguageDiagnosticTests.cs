using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Diagnostics;

/// <summary>
/// Diagnostics that tell the truth: what a spec author most often gets wrong when copying a page
/// (types as pages write them, YAML reading text as structure, broken JSON) is reported at its line
/// with what to write instead; and what the client reads is never called a contradiction.
/// </summary>
public sealed class LanguageDiagnosticTests
{
    private static readonly string Ping = SpecTexts.Ping.Replace("\r\n", "\n");

    private const string SentType = "\ntypes:\n  Sent:\n    required:\n      - { name: id, type: string }\n";

    public static readonly TheoryData<string, string, string, int, string> Cases = new()
    {
        // name, spec, id, line (1-based), a fragment the message must hold
        { "array as pages write it", Ping.Replace("type: integer", "type: array string"), "ZAPI004", 15, "'type: array' with 'items: string'" },
        { "array of objects as pages write it", Ping.Replace("type: integer", "type: array object"), "ZAPI004", 15, "'type: array' with 'items: <a type declared under 'types'>'" },
        { "object (Note) as pages write it", Ping.Replace("type: integer", "type: object (Note)"), "ZAPI004", 15, "declare 'Note' under 'types'" },
        { "capitalised built-in type", Ping.Replace("type: integer", "type: String"), "ZAPI004", 15, "write 'string'" },
        { "another language's name", Ping.Replace("type: integer", "type: bool"), "ZAPI004", 15, "calls it 'boolean'" },
        { "items that are arrays", Ping.Replace("type: integer", "type: array\n        items: array"), "ZAPI012", 16, "would hold arrays directly" },
        { "dot segment in the route", Ping.Replace("route: /ping", "route: /x/../ping"), "ZAPI012", 5, "'..' segment" },
        { "empty segment in the route", Ping.Replace("route: /ping", "route: /x//ping"), "ZAPI012", 5, "empty segment" },
        { "markdown bold read as an alias", Ping.Replace("description: Nome", "description: **Nome** do contato"), "ZAPI015", 12, "quote the whole value" },
        { "a colon inside a plain value", Ping.Replace("description: Nome", "description: Telefone Ex: 5511999999999"), "ZAPI001", 12, "quote the whole value" },
        { "a comma inside a flow mapping", Ping.Replace("      - name: count\n        type: integer", "      - { name: count, type: integer, description: Quantidade, em unidades }"), "ZAPI003", 14, "a comma ends a value" },
        { "a trailing comma in an example", Ping.Replace("\"count\": 1", "\"count\": 1,"), "ZAPI007", 19, "trailing ','" },
        { "a missing comma between array items", Ping.Replace("        type: integer\n", "        type: integer\n      - name: tags\n        type: array\n        items: string\n").Replace("\"count\": 1", "\"count\": 1, \"tags\": [\"a\" \"b\"]"), "ZAPI007", 22, "',' is missing after an array item" },
        { "single quotes in an example", Ping.Replace("\"name\": \"x\"", "\"name\": 'x'"), "ZAPI007", 18, "double quotes" },
        { "instance credentials on another route", Ping.Replace("credentials: partner-token", "credentials: instance"), "ZAPI012", 5, "/instances/{instanceId}/token/{instanceToken}/" },
        { "instance credentials with the instance as a path parameter", Ping.Replace("route: /ping", "route: /instances/{instanceId}/token/{instanceToken}/ping").Replace("credentials: partner-token", "credentials: instance").Replace("request:\n", "request:\n  path:\n    - name: instanceId\n      type: string\n"), "ZAPI012", 9, "comes from the client" },
        { "forever on a string", Ping.Replace("        type: integer", "        type: integer\n        forever: -1"), "ZAPI012", 16, "'forever'" },
        { "open on an object type", Ping + "\ntypes:\n  Thing:\n    open: true\n    optional:\n      - { name: a, type: string }\n", "ZAPI012", 35, "'open' applies to enums" },
        { "an open enum value named like a member", Ping + "\ntypes:\n  Kind:\n    open: true\n    enum: [a, value]\n", "ZAPI006", 36, "the open enum 'Kind'" },
        { "an object type without members", Ping + "\ntypes:\n  Thing:\n    description: Nada\n", "ZAPI002", 34, "'optional: []'" },
        { "a response type beside a body", Ping.Replace("  201:\n    body:", "  201:\n    type: Sent\n    body:") + SentType, "ZAPI012", 23, "'type' (a named object type) beside 'body'" },
        { "a response type that is not declared", Ping.Replace("  201:\n    body:\n      required:\n        - name: id\n          type: string\n", "  201:\n    type: Sent\n"), "ZAPI004", 23, "Unknown type 'Sent' for response 201" },
        { "a response type that is an enum", Ping.Replace("  201:\n    body:\n      required:\n        - name: id\n          type: string\n", "  201:\n    type: Kind\n") + "\ntypes:\n  Kind:\n    enum: [a, b]\n", "ZAPI012", 23, "'Kind' is an enum" },
        { "a response type on an error status", Ping.Replace("  405:\n    hint: Use POST.", "  405:\n    type: Sent\n    hint: Use POST.") + SentType, "ZAPI012", 32, "so it takes no 'type'" },
        { "an example member the response type does not declare", Ping.Replace("  201:\n    body:\n      required:\n        - name: id\n          type: string\n", "  201:\n    type: Sent\n").Replace("\"id\": \"abc\"", "\"id\": \"abc\", \"extra\": 1") + SentType, "ZAPI009", 26, "\"extra\"" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_common_mistake_is_reported_at_its_line_with_what_to_write(string name, string yaml, string id, int line, string fragment)
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("ping.zapi.yaml", yaml));

        Diagnostic? diagnostic = run.GeneratorDiagnostics.FirstOrDefault(d => d.Id == id);
        Assert.True(diagnostic is not null, $"{name}: expected {id}, got {GeneratorRun.Format(run.GeneratorDiagnostics)}");
        Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1 == line, $"{name}: expected line {line}, got {GeneratorRun.Format(run.GeneratorDiagnostics)}");
        Assert.Contains(fragment, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Null(run.Generator.Exception);
    }

    [Fact]
    public void Did_you_mean_never_answers_with_the_word_given()
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("ping.zapi.yaml", Ping.Replace("type: integer", "type: array\n        items: array")));

        Assert.All(run.GeneratorDiagnostics, d => Assert.DoesNotContain("Did you mean 'array'", d.GetMessage(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"count\": \"1\"", "a digit string for an integer")]
    [InlineData("\"count\": \"-12\"", "a negative digit string for an integer")]
    public void Forms_the_client_reads_are_not_contradictions(string member, string name)
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("ping.zapi.yaml", Ping.Replace("\"count\": 1", member)));

        Assert.True(run.GeneratorDiagnostics.IsEmpty, $"{name}: {GeneratorRun.Format(run.GeneratorDiagnostics)}");
    }

    [Theory]
    [InlineData("boolean", "\"false\"")]
    [InlineData("boolean", "\"true\"")]
    [InlineData("number", "\"1.5\"")]
    [InlineData("long", "3000000000")]
    [InlineData("long", "\"3000000000\"")]
    [InlineData("timestamp", "\"1648565999675\"")]
    [InlineData("timestamp-seconds", "1622991687")]
    [InlineData("date-time", "\"2024-05-01T12:30:00Z\"")]
    [InlineData("json", "[1, {\"a\": null}]")]
    public void Every_form_the_generated_reader_accepts_passes_the_example_check(string type, string value)
    {
        string spec = Ping.Replace("type: integer", "type: " + type).Replace("\"count\": 1", "\"count\": " + value);

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("ping.zapi.yaml", spec));

        Assert.True(run.GeneratorDiagnostics.IsEmpty, $"{type} {value}: {GeneratorRun.Format(run.GeneratorDiagnostics)}");
    }

    [Theory]
    [InlineData("integer", "3000000000", "past 32 bits")]
    [InlineData("integer", "\"one\"", "not a number")]
    [InlineData("boolean", "\"yes\"", "not true or false")]
    [InlineData("date-time", "\"yesterday\"", "not a date")]
    [InlineData("timestamp-seconds", "\"soon\"", "not a number")]
    public void What_the_reader_refuses_is_still_a_contradiction(string type, string value, string why)
    {
        string spec = Ping.Replace("type: integer", "type: " + type).Replace("\"count\": 1", "\"count\": " + value);

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("ping.zapi.yaml", spec));

        Assert.True(run.GeneratorDiagnostics.Any(d => d.Id == "ZAPI010"), $"{type} {value} ({why}): {GeneratorRun.Format(run.GeneratorDiagnostics)}");
    }
}

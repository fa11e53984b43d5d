using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Diagnostics;

/// <summary>Every kind of bad spec gives its ZAPI diagnostic at the offending YAML line and column.</summary>
public sealed class SpecDiagnosticTests
{
    public static readonly TheoryData<string, string, string, int, int> BadSpecs = new()
    {
        // name, spec text, expected id, line, column (1-based, as an editor shows them)
        { "yaml syntax error", SpecTexts.Ping.Replace("title: Ping", "title: 'Ping"), "ZAPI001", 3, 8 },
        { "unclosed flow sequence", SpecTexts.Ping.Replace("title: Ping", "title: [Ping"), "ZAPI001", 3, 8 },
        { "missing required key", SpecTexts.Ping.Replace("route: /ping\n", string.Empty), "ZAPI002", 1, 1 },
        { "unknown key with suggestion", SpecTexts.Ping.Replace("    optional:", "    optinal:"), "ZAPI003", 13, 5 },
        { "unknown attribute type", SpecTexts.Ping.Replace("type: integer", "type: int"), "ZAPI004", 15, 15 },
        { "colliding generated names", SpecTexts.Ping.Replace("- name: count", "- name: Name"), "ZAPI006", 14, 15 },
        { "example is not json", SpecTexts.Ping.Replace("\"name\": \"x\",", "\"name\": 'x',"), "ZAPI007", 18, 15 },
        { "example lacks required", SpecTexts.Ping.Replace("  \"name\": \"x\",\n", string.Empty), "ZAPI008", 17, 5 },
        { "example has undeclared member", SpecTexts.Ping.Replace("\"count\": 1", "\"count\": 1, \"extra\": true"), "ZAPI009", 19, 19 },
        { "example has wrong type", SpecTexts.Ping.Replace("\"count\": 1", "\"count\": \"one\""), "ZAPI010", 19, 16 },
        { "wrong node kind", SpecTexts.Ping.Replace("title: Ping", "title: [Ping]"), "ZAPI011", 3, 8 },
        { "unknown http method", SpecTexts.Ping.Replace("method: POST", "method: SEND"), "ZAPI012", 4, 9 },
        { "unknown credentials", SpecTexts.Ping.Replace("credentials: partner-token", "credentials: partner"), "ZAPI012", 6, 14 },
        { "status is not a number", SpecTexts.Ping.Replace("  405:", "  oops:"), "ZAPI012", 31, 3 },
        { "duplicate key", SpecTexts.Ping.Replace("title: Ping", "title: Ping\ntitle: Pong"), "ZAPI013", 4, 1 },
        { "file name differs from id", SpecTexts.Ping.Replace("id: ping", "id: pong"), "ZAPI014", 1, 5 },
        { "anchors are not supported", SpecTexts.Ping.Replace("title: Ping", "title: &t Ping"), "ZAPI015", 3, 8 },
        { "empty file", string.Empty, "ZAPI002", 1, 1 },
        { "route parameter without path parameter", SpecTexts.Ping.Replace("route: /ping", "route: /ping/{id}"), "ZAPI002", 5, 8 },
        { "path parameter not in the route", SpecTexts.Ping.Replace("request:\n", "request:\n  path:\n    - name: id\n      type: string\n"), "ZAPI012", 9, 13 },
        { "undeclared named type", SpecTexts.Ping.Replace("type: integer", "type: Counter"), "ZAPI004", 15, 15 },
        { "array without items", SpecTexts.Ping.Replace("type: integer", "type: array"), "ZAPI002", 15, 15 },
        { "enum values that collide", SpecTexts.Ping + "\ntypes:\n  Mode:\n    enum: [web, Web]\n", "ZAPI006", 35, 17 },
        { "query example of the wrong type", SpecTexts.Ping.Replace("request:\n", "request:\n  query:\n    optional:\n      - name: page\n        type: integer\n        example: one\n"), "ZAPI010", 10, 15 },

    };

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void A_bad_spec_is_reported_at_its_yaml_line(string name, string yaml, string expectedId, int line, int column)
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("ping.zapi.yaml", yaml));

        Diagnostic? diagnostic = run.GeneratorDiagnostics.SingleOrDefault(d => d.Id == expectedId);
        Assert.True(diagnostic is not null, $"{name}: expected one {expectedId} but got {GeneratorRun.Format(run.GeneratorDiagnostics)}");
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.True(
            span.Path == "/project/specs/ping.zapi.yaml" && span.StartLinePosition.Line + 1 == line && span.StartLinePosition.Character + 1 == column,
            $"{name}: expected {expectedId} at ({line},{column}) but got {GeneratorRun.Format(run.GeneratorDiagnostics)}");
        Assert.Null(run.Generator.Exception);
    }

    [Theory]
    [InlineData("a lower-case type name", "instance", "'Instance'")]
    [InlineData("a type name with a dash", "instance-summary", "'InstanceSummary'")]
    [InlineData("a reserved type name", "ZApiInstance", "reserved")]
    public void A_refused_type_name_is_one_diagnostic_at_its_declaration_not_a_second_at_its_use(string name, string typeName, string says)
    {
        string yaml = SpecTexts.Ping.Replace("type: integer", "type: " + typeName)
            + $"\ntypes:\n  {typeName}:\n    required:\n      - name: total\n        type: integer\n";

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("ping.zapi.yaml", yaml));

        Assert.True(run.GeneratorDiagnostics.Length == 1, $"{name}: {GeneratorRun.Format(run.GeneratorDiagnostics)}");
        Diagnostic diagnostic = run.GeneratorDiagnostics[0];
        Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1 == 34, $"{name}: {GeneratorRun.Format(run.GeneratorDiagnostics)}");
        Assert.Contains(says, diagnostic.GetMessage());
        Assert.DoesNotContain("declare it under 'types'", diagnostic.GetMessage());
    }

    [Fact]
    public void Every_diagnostic_matches_its_snapshot()
    {
        var text = new System.Text.StringBuilder();
        foreach (object[] row in BadSpecs)
        {
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("ping.zapi.yaml", (string)row[1]));
            text.Append("## ").Append((string)row[0]).Append('\n').Append(GeneratorRun.Format(run.GeneratorDiagnostics)).Append('\n');
        }

        Snapshot.MatchText(text.ToString());
    }

    [Fact]
    public void The_seed_pages_verbatim_201_example_is_invalid_json_at_the_missing_comma()
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("create-instance.zapi.yaml", SpecTexts.SeedPageVerbatim201));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("ZAPI007", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        // Line 24 is `"id": "8823XWIE982KII99012K2L"`; the comma belongs right after its value.
        string idLine = SpecTexts.SeedPageVerbatim201.Replace("\r\n", "\n").Split('\n')[23];
        Assert.Contains("\"id\": \"8823XWIE982KII99012K2L\"", idLine);
        Assert.Equal(23, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(idLine.TrimEnd().Length, diagnostic.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Contains("',' is missing after the member \"id\"", diagnostic.GetMessage());
        // A warning: the client is still generated from the declared attributes.
        Assert.Contains(run.Sources, s => s.HintName == "ZApi.PartnerClient.CreateInstance.g.cs");
    }

    [Fact]
    public void Two_specs_that_define_one_type_differently_are_reported_and_the_second_is_skipped()
    {
        const string types = "\ntypes:\n  Mode:\n    enum: [web, mobile]\n";
        string other = SpecTexts.Ping.Replace("id: ping", "id: pong").Replace("route: /ping", "route: /pong") + types.Replace("mobile", "desktop");

        GeneratorRun run = GeneratorHarness.Run(
            GeneratorHarness.Spec("a/ping.zapi.yaml", SpecTexts.Ping + types),
            GeneratorHarness.Spec("b/pong.zapi.yaml", other));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("ZAPI018", diagnostic.Id);
        Assert.Equal("/project/specs/b/pong.zapi.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.DoesNotContain(run.Sources, s => s.HintName == "ZApi.PartnerClient.Pong.g.cs");
        Assert.Single(run.Sources, s => s.HintName == "ZApi.Types.Mode.g.cs");
    }

    [Fact]
    public void Two_specs_that_define_one_type_identically_share_one_generated_type()
    {
        const string types = "\ntypes:\n  Mode:\n    enum: [web, mobile]\n";
        string other = SpecTexts.Ping.Replace("id: ping", "id: pong").Replace("route: /ping", "route: /pong") + types;

        GeneratorRun run = GeneratorHarness.Run(
            GeneratorHarness.Spec("a/ping.zapi.yaml", SpecTexts.Ping + types),
            GeneratorHarness.Spec("b/pong.zapi.yaml", "\n\n" + other));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Single(run.Sources, s => s.HintName == "ZApi.Types.Mode.g.cs");
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Two_specs_with_one_id_are_reported_and_only_the_first_is_emitted()
    {
        GeneratorRun run = GeneratorHarness.Run(
            GeneratorHarness.Spec("a/ping.zapi.yaml", SpecTexts.Ping),
            GeneratorHarness.Spec("b/ping.zapi.yaml", SpecTexts.Ping));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("ZAPI005", diagnostic.Id);
        Assert.Equal("/project/specs/b/ping.zapi.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Single(run.Sources, s => s.HintName == "ZApi.PartnerClient.Ping.g.cs");
        Assert.Empty(run.CompilationProblems.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    [Fact]
    public void Ids_that_generate_the_same_method_are_reported()
    {
        string first = SpecTexts.Ping.Replace("id: ping", "id: ping-1");
        string clash = SpecTexts.Ping.Replace("id: ping", "id: ping1");

        GeneratorRun run = GeneratorHarness.Run(
            GeneratorHarness.Spec("ping-1.zapi.yaml", first),
            GeneratorHarness.Spec("ping1.zapi.yaml", clash));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("ZAPI005", diagnostic.Id);
        Assert.Contains("Ping1Request, Ping1Async", diagnostic.GetMessage());
    }

    [Fact]
    public void The_generator_never_throws_on_any_bad_spec_and_still_compiles_the_good_ones()
    {
        AdditionalText[] specs = BadSpecs
            .Select((row, i) => (AdditionalText)GeneratorHarness.Spec($"case{i:00}/ping{i:00}.zapi.yaml", ((string)row[1]).Replace("id: ping", $"id: ping{i:00}")))
            .Append(GeneratorHarness.RepositorySpec("partner/create-instance.zapi.yaml"))
            .ToArray();

        GeneratorRun run = GeneratorHarness.Run(specs);

        Assert.Null(run.Generator.Exception);
        Assert.DoesNotContain(run.Result.Diagnostics, d => d.Id is "CS8784" or "CS8785" or "AD0001");
        Assert.Empty(run.CompilationProblems.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        Assert.Contains(run.Sources, s => s.HintName == "ZApi.PartnerClient.CreateInstance.g.cs");
        Assert.All(run.GeneratorDiagnostics, d => Assert.StartsWith("ZAPI", d.Id));
    }
}

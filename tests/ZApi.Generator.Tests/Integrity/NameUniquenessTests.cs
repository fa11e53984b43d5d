using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Integrity;

/// <summary>
/// Every generated name is unique under every comparison the build uses: hint names and file
/// names ignoring case, C# names ordinally. Two specs whose names would meet get a located
/// diagnostic on the later file (by path), which is skipped; never CS8785, which drops all
/// generated code, and never a compile error in generated code.
/// </summary>
public sealed class NameUniquenessTests
{
    public static readonly TheoryData<string, string, string, string, string> Pairs = new()
    {
        // name, first file, first spec, second file, second spec (expected on the second: ZAPI005)
        { "ids whose PascalCase differs only in case", "a/ab-c.zapi.yaml", Ping("ab-c"), "b/a-bc.zapi.yaml", Ping("a-bc") },
        { "ids that PascalCase alike", "a/x-1.zapi.yaml", Ping("x-1"), "b/x1.zapi.yaml", Ping("x1") },
        { "ids that PascalCase alike in different client groups", "a/x-1.zapi.yaml", Ping("x-1"), "b/x1.zapi.yaml", Ping("x1", client: "instance") },
        { "client groups whose classes differ only in case", "a/one.zapi.yaml", Ping("one", client: "a-b"), "b/two.zapi.yaml", Ping("two", client: "ab") },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Specs_whose_generated_names_meet_are_reported_and_the_later_is_skipped(string name, string firstFile, string first, string secondFile, string second)
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec(firstFile, first), GeneratorHarness.Spec(secondFile, second));

        AssertBuildIsWhole(run, name);
        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("ZAPI005", diagnostic.Id);
        Assert.Equal("/project/specs/" + secondFile, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(1, run.Sources.Count(s => HostileEndpoint(s.HintName)));
    }

    [Fact]
    public void Types_of_two_specs_that_differ_only_in_case_are_reported_and_the_later_spec_is_skipped()
    {
        string first = SpecTexts.Ping + "\ntypes:\n  Mode:\n    enum: [web]\n";
        string second = Ping("pong") + "\ntypes:\n  MODE:\n    enum: [web]\n";

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("a/ping.zapi.yaml", first), GeneratorHarness.Spec("b/pong.zapi.yaml", second));

        AssertBuildIsWhole(run, "types differing in case");
        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("ZAPI018", diagnostic.Id);
        Assert.Contains("differs only in case", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("/project/specs/b/pong.zapi.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.DoesNotContain(run.Sources, s => s.HintName == "ZApi.PartnerClient.Pong.g.cs");
    }

    [Fact]
    public void Hint_names_of_every_kind_never_meet_ignoring_case()
    {
        // A client group called "types" once gave endpoint files the hint names of named types.
        string types = Ping("instance", client: "types") + "\ntypes:\n  Instance:\n    enum: [a]\n";
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("a/instance.zapi.yaml", types), GeneratorHarness.Spec("b/ping.zapi.yaml", SpecTexts.Ping));

        AssertBuildIsWhole(run, "client group 'types'");
        Assert.Empty(run.GeneratorDiagnostics);
        string[] hints = run.Sources.Select(s => s.HintName).ToArray();
        Assert.Equal(hints.Length, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("ZApi.TypesClient.Instance.g.cs", hints);
        Assert.Contains("ZApi.Types.Instance.g.cs", hints);
    }

    private static bool HostileEndpoint(string hintName) => Hostile.HostileRunner.IsEndpointFile(hintName);

    /// <summary>No exception, no CS8784/CS8785 (which drop all generated code), and no compile error in what was generated.</summary>
    private static void AssertBuildIsWhole(GeneratorRun run, string name)
    {
        Assert.Null(run.Generator.Exception);
        Assert.DoesNotContain(run.Result.Diagnostics, d => d.Id is "CS8784" or "CS8785");
        List<string> errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, $"{name}: " + string.Join("\n", errors));
        Assert.NotEmpty(run.Sources);
    }

    private static string Ping(string id, string client = "partner") =>
        SpecTexts.Ping.Replace("id: ping", "id: " + id, StringComparison.Ordinal).Replace("client: partner", "client: " + client, StringComparison.Ordinal).Replace("route: /ping", "route: /" + id, StringComparison.Ordinal);
}

using System.Collections.Generic;
using System.Linq;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Generation;

/// <summary>The contract registry (<c>ZApiContracts</c> true) lists exactly the endpoints whose code was emitted.</summary>
public sealed class ContractRegistryTests
{
    [Fact]
    public void A_spec_skipped_for_a_clashing_type_has_no_entry_and_the_client_still_compiles()
    {
        string first = SpecTexts.Ping.Replace("\r\n", "\n") + "\ntypes:\n  Sent:\n    required:\n      - { name: id, type: string }\n";
        string second = SpecTexts.Ping.Replace("\r\n", "\n").Replace("id: ping", "id: pong").Replace("route: /ping", "route: /pong")
            + "\ntypes:\n  Sent:\n    required:\n      - { name: id, type: integer }\n";

        GeneratorRun run = GeneratorHarness.Run(
            new[] { GeneratorHarness.Spec("ping.zapi.yaml", first), GeneratorHarness.Spec("pong.zapi.yaml", second) },
            new Dictionary<string, string> { ["ZApiContracts"] = "true" });

        Assert.Equal(new[] { "ZAPI018" }, run.GeneratorDiagnostics.Select(d => d.Id));
        string registry = run.Sources.Single(s => s.HintName == "ZApi.ZApiContractEntries.g.cs").SourceText.ToString();
        Assert.Contains("PingEndpoint", registry);
        Assert.DoesNotContain("PongEndpoint", registry);
        Assert.DoesNotContain(run.CompilationProblems, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }
}

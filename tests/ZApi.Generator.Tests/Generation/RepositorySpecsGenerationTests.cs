using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Generation;

/// <summary>Every spec of <c>specs/</c> together, as a consumer's build sees them.</summary>
public sealed class RepositorySpecsGenerationTests
{
    private static GeneratorRun RunAll() =>
        GeneratorHarness.Run(Directory
            .EnumerateFiles(Path.Combine(GeneratorHarness.RepositoryRoot, "specs"), "*.zapi.yaml", SearchOption.AllDirectories)
            .Select(path => GeneratorHarness.RepositorySpec(Path.GetRelativePath(Path.Combine(GeneratorHarness.RepositoryRoot, "specs"), path)))
            .ToArray());

    [Fact]
    public void Every_spec_generates_code_that_compiles_without_errors_or_warnings()
    {
        GeneratorRun run = RunAll();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(string.Empty, string.Join("\n", run.CompilationProblems.Select(d => d.ToString())));
    }

    [Fact]
    public void Every_endpoint_client_and_type_file_matches_its_snapshot()
    {
        GeneratorRun run = RunAll();

        // The runtime, PartnerClient and create-instance files are CreateInstanceGenerationTests' snapshots.
        string[] coveredElsewhere = { "ZApi.PartnerClient.CreateInstance.g.cs", "ZApi.PartnerClient.g.cs" };
        Snapshot.MatchSources(run.Sources
            .Where(s => !s.HintName.StartsWith("ZApi.ZApi", System.StringComparison.Ordinal) && !coveredElsewhere.Contains(s.HintName))
            .Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Fact]
    public void Two_client_groups_get_two_clients_with_a_method_per_spec()
    {
        Compilation output = RunAll().Output;

        INamedTypeSymbol partner = output.GetTypeByMetadataName("ZApi.PartnerClient")!;
        INamedTypeSymbol instance = output.GetTypeByMetadataName("ZApi.InstanceClient")!;
        Assert.Equal(
            new[] { "CreateInstanceAsync", "ListInstancesAsync", "SignInstanceAsync", "UnsubscribeInstanceAsync", "UpdateInstanceAsync" },
            partner.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).Select(m => m.Name).OrderBy(n => n));
        Assert.Equal(new[] { "ForInstance", "SendTextAsync" }, instance.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).Select(m => m.Name).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Method_signatures_follow_the_specs()
    {
        Compilation output = RunAll().Output;

        Assert.Equal(
            "ZApi.PartnerClient.ListInstancesAsync(int, int, string?, ZApi.Middleware?, System.Threading.CancellationToken)",
            Signature(output, "ZApi.PartnerClient", "ListInstancesAsync"));
        Assert.Equal(
            "ZApi.PartnerClient.SignInstanceAsync(string, string, ZApi.SignInstanceRequest?, System.Threading.CancellationToken)",
            Signature(output, "ZApi.PartnerClient", "SignInstanceAsync"));
        Assert.Equal(
            "ZApi.PartnerClient.UnsubscribeInstanceAsync(string, string, System.Threading.CancellationToken)",
            Signature(output, "ZApi.PartnerClient", "UnsubscribeInstanceAsync"));
        Assert.Equal(
            "ZApi.InstanceClient.SendTextAsync(ZApi.SendTextRequest, System.Threading.CancellationToken)",
            Signature(output, "ZApi.InstanceClient", "SendTextAsync"));
        Assert.Equal("System.Threading.Tasks.Task<string>", Method(output, "ZApi.PartnerClient", "SignInstanceAsync").ReturnType.ToDisplayString());
        Assert.Equal(
            "System.Collections.Generic.IReadOnlyList<ZApi.Instance>",
            output.GetTypeByMetadataName("ZApi.ListInstancesResponse")!.GetMembers("Content").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.Equal(TypeKind.Enum, output.GetTypeByMetadataName("ZApi.Middleware")!.TypeKind);
        Assert.Equal("double?", output.GetTypeByMetadataName("ZApi.SendTextRequest")!.GetMembers("DelayMessage").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
    }

    private static IMethodSymbol Method(Compilation output, string type, string name) =>
        output.GetTypeByMetadataName(type)!.GetMembers(name).OfType<IMethodSymbol>().Single();

    private static string Signature(Compilation output, string type, string name) => Method(output, type, name).ToDisplayString();
}

using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Generation;

/// <summary>
/// Every spec of <c>specs/</c> (the built-in catalogue) together, as a consumer's build sees them.
/// Snapshots cover a representative set, not every file: the partner API, and the first spec of each
/// other area with the types it uses; the generator's features have snapshots of their own.
/// </summary>
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
    public void A_representative_file_of_each_area_matches_its_snapshot()
    {
        GeneratorRun run = RunAll();
        string specs = Path.Combine(GeneratorHarness.RepositoryRoot, "specs");
        var chosen = Directory.GetDirectories(specs).OrderBy(d => d, System.StringComparer.Ordinal)
            .SelectMany(area => Path.GetFileName(area) == "partner"
                ? Directory.GetFiles(area, "*.zapi.yaml").OrderBy(f => f, System.StringComparer.Ordinal)
                : Directory.GetFiles(area, "*.zapi.yaml").OrderBy(f => f, System.StringComparer.Ordinal).Take(1))
            .Select(path => ZApi.Specs.Parsing.SpecParser.ParseFile(path))
            .ToList();
        // The webhook side: the dispatcher, and the first event spec as the events area's representative.
        var hintNames = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal) { "ZApi.InstanceClient.g.cs", "ZApi.ZApiWebhooks.Dispatch.g.cs" };
        foreach (ZApi.Specs.Parsing.SpecParseResult result in chosen)
        {
            if (result.Event is { } webhook)
            {
                hintNames.Add($"ZApi.Events.{webhook.RecordName}.g.cs");
                hintNames.UnionWith(webhook.Types.Select(t => $"ZApi.Types.{t.Name}.g.cs"));
                continue;
            }

            ZApi.Specs.Model.Spec spec = result.Spec!;
            hintNames.Add($"ZApi.{ZApi.Specs.Naming.CSharpNames.ToPascalCase(spec.Client)}Client.{ZApi.Specs.Naming.CSharpNames.ToPascalCase(spec.Id)}.g.cs");
            hintNames.UnionWith(spec.Types.Select(t => $"ZApi.Types.{t.Name}.g.cs"));
        }

        // The runtime, PartnerClient and create-instance files are CreateInstanceGenerationTests' snapshots.
        hintNames.ExceptWith(new[] { "ZApi.PartnerClient.CreateInstance.g.cs", "ZApi.PartnerClient.g.cs" });
        Assert.All(hintNames, name => Assert.Contains(run.Sources, s => s.HintName == name));
        Snapshot.MatchSources(run.Sources
            .Where(s => hintNames.Contains(s.HintName))
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
        string[] instanceMethods = instance.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).Select(m => m.Name).ToArray();
        int instanceSpecs = Directory.GetFiles(Path.Combine(GeneratorHarness.RepositoryRoot, "specs"), "*.zapi.yaml", SearchOption.AllDirectories)
            .Count(path => ZApi.Specs.Parsing.SpecParser.ParseFile(path).Spec?.Client == "instance");
        Assert.Equal(instanceSpecs + 1, instanceMethods.Length);
        Assert.Contains("ForInstance", instanceMethods);
        Assert.Contains("SendTextAsync", instanceMethods);
        Assert.Contains("GetChatsAsync", instanceMethods);
        Assert.All(instanceMethods.Where(m => m != "ForInstance"), m => Assert.EndsWith("Async", m));
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
            "System.Collections.Generic.IReadOnlyList<ZApi.Instance>?",
            output.GetTypeByMetadataName("ZApi.ListInstancesResponse")!.GetMembers("Content").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.Equal(TypeKind.Enum, output.GetTypeByMetadataName("ZApi.Middleware")!.TypeKind);
        Assert.Equal("double?", output.GetTypeByMetadataName("ZApi.SendTextRequest")!.GetMembers("DelayMessage").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
    }

    private static IMethodSymbol Method(Compilation output, string type, string name) =>
        output.GetTypeByMetadataName(type)!.GetMembers(name).OfType<IMethodSymbol>().Single();

    private static string Signature(Compilation output, string type, string name) => Method(output, type, name).ToDisplayString();
}

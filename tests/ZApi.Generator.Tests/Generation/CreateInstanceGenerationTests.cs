using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Generation;

/// <summary>The create-instance spec, exactly as kept in <c>specs/</c>, through the generator.</summary>
public sealed class CreateInstanceGenerationTests
{
    private static GeneratorRun RunSeed(IReadOnlyDictionary<string, string>? properties = null, string consumer = "") =>
        GeneratorHarness.Run(new[] { GeneratorHarness.RepositorySpec("partner/create-instance.zapi.yaml") }, properties, consumer);

    [Fact]
    public void Every_generated_file_matches_its_snapshot()
    {
        GeneratorRun run = RunSeed();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(
            new[]
            {
                "ZApi.PartnerClient.CreateInstance.g.cs",
                "ZApi.PartnerClient.g.cs",
                "ZApi.ZApiCalls.g.cs",
                "ZApi.ZApiClientOptions.g.cs",
                "ZApi.ZApiException.g.cs",
                "ZApi.ZApiInstance.g.cs",
                "ZApi.ZApiJson.g.cs",
                "ZApi.ZApiJsonBody.g.cs",
                "ZApi.ZApiJsonContent.g.cs",
                "ZApi.ZApiQuery.g.cs",
                "ZApi.ZApiRequests.g.cs",
                "ZApi.ZApiResponses.g.cs",
                "ZApi.ZApiRoute.g.cs",
            },
            run.Sources.Select(s => s.HintName));
        Snapshot.MatchSources(run.Sources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Fact]
    public void Generated_code_compiles_without_errors_or_warnings_including_doc_comments()
    {
        // DocumentationMode.Diagnose reports malformed XML doc comments as warnings (CS1570...).
        GeneratorRun run = RunSeed();

        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void The_documented_call_compiles_against_the_generated_api()
    {
        const string consumer = """
            #pragma warning disable CS1591 // the consumer's own code needs no docs here
            using System;
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;
            using ZApi;

            public static class Consumer
            {
                public static async Task<DateTimeOffset?> CallAsync(CancellationToken cancellationToken)
                {
                    var http = new HttpClient();
                    var client = new PartnerClient(http, new ZApiClientOptions { PartnerToken = "..." });
                    CreateInstanceResponse created = await client.CreateInstanceAsync(
                        new CreateInstanceRequest { Name = "Instancia Z-API - 9292812", SessionName = "Testes testes" },
                        cancellationToken);
                    string id = created.Id;
                    string token = created.Token;
                    return created.Due;
                }
            }
            """;

        GeneratorRun run = RunSeed(consumer: consumer);

        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Name_is_required_at_compile_time()
    {
        const string consumer = "public static class Consumer { public static object Make() => new ZApi.CreateInstanceRequest { SessionName = \"s\" }; }";

        GeneratorRun run = RunSeed(consumer: consumer);

        Assert.Contains(run.CompilationProblems, d => d.Id == "CS9035" && d.GetMessage().Contains("Name"));
    }

    [Fact]
    public void ZApiNamespace_moves_every_generated_type()
    {
        GeneratorRun run = RunSeed(new Dictionary<string, string> { ["ZApiNamespace"] = "Contoso.Messaging" });

        Assert.All(run.Sources, s => Assert.Contains("namespace Contoso.Messaging;", s.SourceText.ToString()));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Contoso.Messaging.PartnerClient"));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("My Namespace")]
    [InlineData("Bad;class X{}")]
    [InlineData("1Digits")]
    [InlineData("class.Keyword")]
    public void An_invalid_ZApiNamespace_is_a_diagnostic_and_falls_back_to_ZApi(string value)
    {
        GeneratorRun run = RunSeed(new Dictionary<string, string> { ["ZApiNamespace"] = value });

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("ZAPI017", diagnostic.Id);
        Assert.NotNull(run.Output.GetTypeByMetadataName("ZApi.PartnerClient"));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Contract_entries_are_emitted_only_when_ZApiContracts_is_true()
    {
        GeneratorRun lean = RunSeed();
        GeneratorRun withContracts = RunSeed(new Dictionary<string, string> { ["ZApiContracts"] = "true" });

        Assert.Null(lean.Output.GetTypeByMetadataName("ZApi.ZApiContractEntries"));
        Assert.DoesNotContain("InvokeContractAsync", lean.Sources.Single(s => s.HintName == "ZApi.PartnerClient.CreateInstance.g.cs").SourceText.ToString());
        Assert.NotNull(withContracts.Output.GetTypeByMetadataName("ZApi.ZApiContractEntries"));
        Assert.Contains("[CreateInstanceEndpoint.Operation] = CreateInstanceEndpoint.InvokeContractAsync,", withContracts.Sources.Single(s => s.HintName == "ZApi.ZApiContractEntries.g.cs").SourceText.ToString());
        Assert.Equal(string.Empty, string.Join("\n", withContracts.CompilationProblems.Select(d => d.Id + " " + d.GetMessage())));
    }

    [Fact]
    public void ZApiAccessibility_internal_makes_every_generated_type_internal()
    {
        GeneratorRun run = RunSeed(new Dictionary<string, string> { ["ZApiAccessibility"] = "internal", ["ZApiContracts"] = "true" });

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(string.Empty, string.Join("\n", run.CompilationProblems.Select(d => d.Id + " " + d.GetMessage())));
        INamedTypeSymbol[] generated = run.Output.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>().Where(t => t.ContainingType is null).ToArray();
        Assert.Contains(generated, t => t.Name == "PartnerClient");
        Assert.All(generated, t => Assert.NotEqual(Accessibility.Public, t.DeclaredAccessibility));
    }

    [Theory]
    [InlineData("private")]
    [InlineData("public class Evil {}")]
    public void An_invalid_ZApiAccessibility_is_a_diagnostic_and_falls_back_to_public(string value)
    {
        GeneratorRun run = RunSeed(new Dictionary<string, string> { ["ZApiAccessibility"] = value });

        Assert.Equal("ZAPI017", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Equal(Accessibility.Public, run.Output.GetTypeByMetadataName("ZApi.PartnerClient")!.DeclaredAccessibility);
    }

    [Fact]
    public void Dependency_injection_is_emitted_only_when_IHttpClientFactory_is_referenced()
    {
        // Microsoft.Extensions.Http 8 or later: the factory and its IHttpClientLogger.
        const string marker = "namespace Microsoft.Extensions.DependencyInjection { public static class HttpClientFactoryServiceCollectionExtensions { } } namespace Microsoft.Extensions.Http.Logging { public interface IHttpClientLogger { } }";

        GeneratorRun without = RunSeed();
        GeneratorRun with = RunSeed(consumer: marker);

        Assert.DoesNotContain(without.Sources, s => s.HintName == "ZApi.ZApiServiceCollectionExtensions.g.cs");
        GeneratedSourceResult di = Assert.Single(with.Sources, s => s.HintName == "ZApi.ZApiServiceCollectionExtensions.g.cs");
        Assert.Contains("AddZApiPartnerClient(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services", di.SourceText.ToString());
    }

    [Fact]
    public void No_specs_means_no_generated_code()
    {
        GeneratorRun run = GeneratorHarness.Run();

        Assert.Empty(run.Sources);
        Assert.Empty(run.GeneratorDiagnostics);
    }
}

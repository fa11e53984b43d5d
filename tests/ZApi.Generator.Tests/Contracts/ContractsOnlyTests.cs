using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Contracts;

/// <summary>
/// A test project that references the project which compiled the client (<c>ZApiContractsClient</c>
/// set by the props): the generator emits only the contract entries, against that project's
/// client, so nothing is defined twice (no CS0436), with or without InternalsVisibleTo.
/// </summary>
public sealed class ContractsOnlyTests
{
    /// <summary>The language's feature fixtures and three areas of the catalogue (partner, chats, events): every shape an entry handles.</summary>
    private static readonly InMemoryAdditionalText[] Specs = new[] { "partner", "chats", "events" }
        .SelectMany(area => Directory.GetFiles(Path.Combine(GeneratorHarness.RepositoryRoot, "specs", area), "*.zapi.yaml", SearchOption.AllDirectories))
        .Concat(Directory.GetFiles(Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "ZApi.Client.Tests", "Specs"), "*.zapi.yaml", SearchOption.AllDirectories))
        .Append(Path.Combine(GeneratorHarness.RepositoryRoot, "specs", "message", "send-text.zapi.yaml"))
        .OrderBy(p => p, System.StringComparer.Ordinal)
        .Select(p => new InMemoryAdditionalText(p, File.ReadAllText(p)))
        .ToArray();

    [Theory]
    [InlineData("public", false)]
    [InlineData("public", true)]
    [InlineData("internal", true)]
    public void The_test_project_gets_the_entries_and_nothing_the_referenced_client_already_has(string accessibility, bool internalsVisible)
    {
        // The application: the whole client, as its own build compiles it.
        string appSource = internalsVisible ? "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Consumer\")]" : string.Empty;
        CSharpCompilation app = GeneratorHarness.CreateCompilation(appSource).WithAssemblyName("App");
        GeneratorHarness.CreateDriver(Specs, new Dictionary<string, string> { ["ZApiAccessibility"] = accessibility })
            .RunGeneratorsAndUpdateCompilation(app, out Compilation appOutput, out _);
        Assert.Empty(appOutput.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = appOutput.Emit(image);
        Assert.True(emitted.Success, GeneratorRun.Format(emitted.Diagnostics));
        MetadataReference appReference = MetadataReference.CreateFromImage(image.ToArray());

        // The test project: references the application, ZApiContracts on, the application's specs handed over by the props.
        string testSource = """
            /// <summary>What a contract test touches.</summary>
            internal static class UsesIt
            {
                /// <summary>The registry.</summary>
                public static int Count() => ZApi.ZApiContractEntries.All.Count + ZApi.ZApiContractEntries.Specs.Count + ZApi.ZApiContractEntries.EventSpecs.Count;
                /// <summary>The referenced client.</summary>
                public static ZApi.InstanceClient Client(System.Net.Http.HttpClient http) => new(http, new ZApi.ZApiClientOptions());
                /// <summary>The webhook reader.</summary>
                public static (string? Kind, string? Json) Read(string payload) => ZApi.ZApiContractEntries.ReadWebhook(payload);
            }
            """;
        CSharpCompilation test = GeneratorHarness.CreateCompilation(testSource).AddReferences(appReference);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Specs, new Dictionary<string, string>
        {
            ["ZApiContracts"] = "true",
            ["ZApiContractsClient"] = "App",
            ["ZApiAccessibility"] = accessibility,
        }).RunGeneratorsAndUpdateCompilation(test, out Compilation testOutput, out _);

        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        Assert.Empty(run.Diagnostics);
        Assert.Equal("", GeneratorRun.Format(testOutput.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning)).Trim());

        // Only the entries, the JSON code they need and the registry: no client, runtime, record or event type of its own.
        string[] declared = testOutput.SyntaxTrees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>())
            .Where(t => t.Parent is not Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax)
            .Select(t => t.Identifier.Text)
            .ToArray();
        Assert.Contains("ZApiContractEntries", declared);
        Assert.Contains("SendTextEndpoint", declared);
        Assert.Contains("ZApiJson", declared);
        Assert.DoesNotContain("InstanceClient", declared);
        Assert.DoesNotContain("ZApiException", declared);
        Assert.DoesNotContain("SendTextRequest", declared);
        Assert.DoesNotContain("MessageSent", declared);
        Assert.DoesNotContain(declared, d => d.EndsWith("Event", System.StringComparison.Ordinal));
        Assert.All(run.GeneratedSources.Where(s => s.HintName != "ZApi.ZApiContractEntries.g.cs"), s => Assert.Contains("namespace ZApi.ZApiContractSupport;", s.SourceText.ToString()));
    }
}

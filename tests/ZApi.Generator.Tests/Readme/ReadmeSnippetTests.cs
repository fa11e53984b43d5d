using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Readme;

/// <summary>
/// Every <c>```csharp</c> block of README.md compiles against the client the generator makes from
/// the repository's specs (contract entries on, DI and configuration referenced), as a user would
/// paste it: implicit usings plus <c>using ZApi;</c>, and the few variables a snippet assumes
/// (<c>http</c>, <c>cancellationToken</c>, <c>services</c>, <c>configuration</c>, <c>securityToken</c>).
/// </summary>
public sealed class ReadmeSnippetTests
{
    private const string Host = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Xunit;
        global using ZApi;
        global using ZApi.Contracts;
        global using static ReadmeHost;

        /// <summary>What a README snippet takes as given.</summary>
        public static class ReadmeHost
        {
            public static HttpClient http = new();
            public static CancellationToken cancellationToken;
            public static IServiceCollection services = new ServiceCollection();
            public static IConfiguration configuration = new ConfigurationBuilder().Build();
            public static string? securityToken;
        }
        """;

    private static readonly Lazy<(IReadOnlyList<SyntaxTree> Generated, IReadOnlyList<MetadataReference> References)> Client = new(Generate);

    public static TheoryData<int, string> Snippets()
    {
        var data = new TheoryData<int, string>();
        List<string> snippets = ReadSnippets();
        for (int i = 0; i < snippets.Count; i++)
        {
            data.Add(i, snippets[i].Split('\n')[0].Trim());
        }

        return data;
    }

    [Fact]
    public void The_readme_has_csharp_snippets()
    {
        Assert.True(ReadSnippets().Count >= 5, "README.md lost its C# snippets?");
    }

    [Fact]
    public void The_test_classes_of_the_contract_section_are_the_ones_the_packaging_tests_paste_into_new_projects()
    {
        // ```csharp framework=... blocks need a test framework and the packages: ContractsConsumerTests builds and runs each.
        string readme = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "README.md")).Replace("\r\n", "\n");
        string[] frameworks = Regex.Matches(readme, "```csharp framework=(\\S+)\n").Select(m => m.Groups[1].Value).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        string packaging = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "ZApi.Packaging.Tests", "ContractsConsumerTests.cs"));

        Assert.Equal(new[] { "mstest", "nunit", "recorded", "xunit", "xunit.v3" }, frameworks);
        Assert.All(frameworks, f => Assert.Contains($"\"{f}\"", packaging));
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void A_readme_snippet_compiles_against_the_generated_client(int index, string firstLine)
    {
        string snippet = ReadSnippets()[index];
        SyntaxTree tree = CSharpSyntaxTree.ParseText(snippet, GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.None), path: $"README-snippet-{index}.cs");
        bool statements = ((CompilationUnitSyntax)tree.GetRoot()).Members.OfType<GlobalStatementSyntax>().Any();
        CSharpCompilation compilation = CSharpCompilation.Create(
            "ReadmeSnippet" + index,
            Client.Value.Generated.Append(CSharpSyntaxTree.ParseText(Host, GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.None), path: "ReadmeHost.cs")).Append(tree),
            Client.Value.References,
            new CSharpCompilationOptions(statements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        string[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        Assert.True(errors.Length == 0, $"README snippet {index} ({firstLine}) does not compile:\n{string.Join("\n", errors)}\n\n{snippet}");
    }

    /// <summary>The README's snippets, then the package page's (<c>src/ZApi.Generator/PACKAGE.md</c>, packed as the package's README).</summary>
    private static List<string> ReadSnippets() =>
        new[] { "README.md", Path.Combine("src", "ZApi.Generator", "PACKAGE.md") }
            .SelectMany(file => Regex.Matches(File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, file)).Replace("\r\n", "\n"), "```csharp\n(.*?)```", RegexOptions.Singleline))
            .Select(m => m.Groups[1].Value)
            .ToList();

    /// <summary>The generated client of the repository's specs, and the assemblies this test runs with (the runtime, Microsoft.Extensions, xunit, ZApi.Contracts).</summary>
    private static (IReadOnlyList<SyntaxTree>, IReadOnlyList<MetadataReference>) Generate()
    {
        IReadOnlyList<MetadataReference> references = GeneratorHarness.HostReferences;
        string specs = Path.Combine(GeneratorHarness.RepositoryRoot, "specs");
        AdditionalText[] texts = Directory.GetFiles(specs, "*.zapi.yaml", SearchOption.AllDirectories)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(path, File.ReadAllText(path)))
            .ToArray();
        CSharpCompilation consumer = CSharpCompilation.Create("Consumer", Array.Empty<SyntaxTree>(), references);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(texts, new Dictionary<string, string> { ["ZApiContracts"] = "true" }).RunGenerators(consumer);
        return (driver.GetRunResult().GeneratedTrees, references);
    }
}

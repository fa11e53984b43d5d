using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using ZApi.Generator.Tests.Events;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Generation;

/// <summary>
/// <c>ZApiAccessibility</c> reaches every runtime file the same way: the client runtime, the webhook
/// runtime, the ASP.NET Core endpoint, DI and configuration. Checked on the compiled symbols of a
/// project that gets every one of them (endpoint and event specs, ASP.NET Core, Microsoft.Extensions
/// referenced), against the runtime files as the generator embeds them, so a new runtime file is
/// covered without editing this test.
/// </summary>
public sealed class RuntimeAccessibilityTests
{
    private static readonly AdditionalText[] Specs =
    {
        GeneratorHarness.RepositorySpec("partner/create-instance.zapi.yaml"),
        GeneratorHarness.RepositorySpec("message/send-text.zapi.yaml"),
        GeneratorHarness.Spec("events/received-text.zapi.yaml", EventTexts.ReceivedText),
    };

    [Fact]
    public void With_internal_every_type_of_every_runtime_file_is_internal()
    {
        (Compilation output, Dictionary<string, INamedTypeSymbol[]> runtime) = Run("internal");

        Assert.All(runtime.SelectMany(file => file.Value), type => Assert.True(
            type.DeclaredAccessibility == Accessibility.Internal,
            $"{type.Name} is {type.DeclaredAccessibility} with ZApiAccessibility=internal"));
        // And no generated file at all declares a public type.
        Assert.Empty(TopLevelTypes(output, output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal))).Where(t => t.DeclaredAccessibility == Accessibility.Public).Select(t => t.Name));
    }

    [Fact]
    public void With_the_default_each_runtime_type_keeps_the_accessibility_its_file_declares()
    {
        (Compilation _, Dictionary<string, INamedTypeSymbol[]> runtime) = Run(accessibility: null);
        Dictionary<string, Accessibility> declared = DeclaredInRuntimeFiles();

        Assert.All(runtime.SelectMany(file => file.Value), type => Assert.Equal((type.Name, declared[type.Name]), (type.Name, type.DeclaredAccessibility)));
        Assert.Contains(runtime.SelectMany(file => file.Value), type => type.Name == "ZApiWebhookEndpoints" && type.DeclaredAccessibility == Accessibility.Public);
    }

    /// <summary>Generates and compiles; returns the compilation and the top-level types of each emitted runtime file, by hint name.</summary>
    private static (Compilation, Dictionary<string, INamedTypeSymbol[]>) Run(string? accessibility)
    {
        var properties = new Dictionary<string, string> { ["ZApiContracts"] = "true" };
        if (accessibility is not null)
        {
            properties["ZApiAccessibility"] = accessibility;
        }

        CSharpCompilation consumer = CSharpCompilation.Create(
            "Consumer",
            Array.Empty<SyntaxTree>(),
            GeneratorHarness.HostReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorHarness.CreateDriver(Specs, properties).RunGeneratorsAndUpdateCompilation(consumer, out Compilation output, out _);

        // Errors anywhere, warnings in the generated code (the host's assemblies of mixed versions warn about each other: CS1701).
        Assert.Equal(string.Empty, string.Join("\n", output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.Location.IsInSource)).Select(d => d.ToString())));
        var runtime = new Dictionary<string, INamedTypeSymbol[]>(StringComparer.Ordinal);
        foreach (string hintName in RuntimeHintNames())
        {
            SyntaxTree? tree = output.SyntaxTrees.SingleOrDefault(t => Path.GetFileName(t.FilePath) == hintName);
            Assert.True(tree is not null, $"the runtime file {hintName} was not emitted: this project should get every runtime file");
            runtime[hintName] = TopLevelTypes(output, new[] { tree! }).ToArray();
            Assert.NotEmpty(runtime[hintName]);
        }

        return (output, runtime);
    }

    /// <summary>The hint name of every runtime file the generator embeds (<c>ZApi.&lt;Folder&gt;.&lt;Name&gt;.cs</c> emitted as <c>ZApi.&lt;Name&gt;.g.cs</c>).</summary>
    private static IEnumerable<string> RuntimeHintNames()
    {
        string[] resources = typeof(ZApiGenerator).Assembly.GetManifestResourceNames().Where(r => r.EndsWith(".cs", StringComparison.Ordinal)).ToArray();
        Assert.True(resources.Length >= 20, $"only {resources.Length} runtime files embedded");
        return resources.Select(r => r.Split('.', 3)[2]).Select(name => "ZApi." + name.Substring(0, name.Length - ".cs".Length) + ".g.cs");
    }

    /// <summary>The accessibility each top-level type has in <c>src/ZApi.Generator/Runtime/</c>, as written.</summary>
    private static Dictionary<string, Accessibility> DeclaredInRuntimeFiles() =>
        Directory.GetFiles(Path.Combine(GeneratorHarness.RepositoryRoot, "src", "ZApi.Generator", "Runtime"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(path => TopLevelDeclarations(CSharpSyntaxTree.ParseText(File.ReadAllText(path))))
            .GroupBy(member => member is BaseTypeDeclarationSyntax type ? type.Identifier.Text : ((DelegateDeclarationSyntax)member).Identifier.Text)
            .ToDictionary(group => group.Key, group => group.Any(member => member.Modifiers.Any(SyntaxKind.PublicKeyword)) ? Accessibility.Public : Accessibility.Internal, StringComparer.Ordinal);

    private static IEnumerable<INamedTypeSymbol> TopLevelTypes(Compilation compilation, IEnumerable<SyntaxTree> trees) =>
        trees.SelectMany(tree =>
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            return TopLevelDeclarations(tree).Select(member => (INamedTypeSymbol)model.GetDeclaredSymbol(member)!);
        });

    private static IEnumerable<MemberDeclarationSyntax> TopLevelDeclarations(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<MemberDeclarationSyntax>()
            .Where(member => member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax);
}

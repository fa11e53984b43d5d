using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ZApi.Generator.Emitting;

/// <summary>
/// One runtime file (<c>Runtime/**/*.cs</c>), ready to emit with the project's namespace and
/// accessibility. The <c>public</c> of each top-level type is found once, by parsing the file, so
/// <c>ZApiAccessibility</c> reaches every public type of every runtime file the same way, whatever
/// its shape (class, record, struct, enum, delegate, partial or not). Types the runtime keeps
/// internal stay internal, and members are never touched.
/// </summary>
internal sealed class RuntimeTemplate
{
    private const string TemplateNamespace = "namespace ZApi;";
    private const string TemplateVersion = "\"ZApiGeneratorVersion\"";

    /// <summary>The file's text cut at each top-level <c>public</c> modifier, which is left out.</summary>
    private readonly string[] _pieces;

    public RuntimeTemplate(string name, string text)
    {
        Name = name;
        var pieces = new List<string>();
        int start = 0;
        foreach (SyntaxToken modifier in TopLevelPublicModifiers(text))
        {
            pieces.Add(text.Substring(start, modifier.SpanStart - start));
            start = modifier.Span.End;
        }

        pieces.Add(text.Substring(start));
        _pieces = pieces.ToArray();
    }

    /// <summary>The file name without <c>.cs</c>, such as <c>ZApiClientOptions</c>.</summary>
    public string Name { get; }

    /// <summary>The hint name the file is emitted under.</summary>
    public string HintName => $"ZApi.{Name}.g.cs";

    public string Render(string @namespace, string accessibility) =>
        string.Join(accessibility, _pieces)
            .Replace(TemplateNamespace, $"namespace {@namespace};")
            .Replace(TemplateVersion, "\"" + GeneratorInfo.Version + "\"");

    private static IEnumerable<SyntaxToken> TopLevelPublicModifiers(string text) =>
        CSharpSyntaxTree.ParseText(text).GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<MemberDeclarationSyntax>()
            .Where(member => member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax && member.Parent is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .SelectMany(member => member.Modifiers)
            .Where(modifier => modifier.IsKind(SyntaxKind.PublicKeyword))
            .OrderBy(modifier => modifier.SpanStart);
}

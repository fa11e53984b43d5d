using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Tool.Import;
using ZApi.Tool.Tests.Infrastructure;

namespace ZApi.Tool.Tests.Import;

/// <summary>Import → generate → compile: every spec the importer writes from a fixture page builds a client with no error, alone and all together.</summary>
public sealed class ImportedSpecBuildTests
{
    public static TheoryData<string> EndpointPages() => PageImportTests.EndpointPages();

    [Theory, MemberData(nameof(EndpointPages))]
    public void Each_imported_spec_builds_a_client_with_no_error(string page)
    {
        GeneratorRun run = GeneratorHarness.Run(Specs(FixtureDocs.Import(page)));

        Assert.Empty(Errors(run));
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("ZApi.", System.StringComparison.Ordinal) && s.HintName.Contains("Client."));
    }

    [Fact]
    public void All_imported_specs_build_together_and_each_has_its_method()
    {
        List<ImportResult> results = FixtureDocs.Pages()
            .Where(p => Docs.PageReader.Read(FixtureDocs.PagePath(p)).Page is not null)
            .SelectMany(p => FixtureDocs.Import(p))
            .ToList();

        GeneratorRun run = GeneratorHarness.Run(Specs(results));

        Assert.Empty(Errors(run));
        string instanceClient = run.Output.SyntaxTrees.Select(t => t.ToString()).Where(t => t.Contains("partial class InstanceClient")).Aggregate(string.Empty, string.Concat);
        foreach (string method in new[] { "CreateNoteAsync", "EditNoteAsync", "GetNoteAsync", "SearchNotesAsync", "ArchiveNoteAsync", "ShareNoteAsync", "NoteLinkAsync", "NoteLinkImageAsync", "NoteCodeAsync", "ImportNotesAsync" })
        {
            Assert.Contains(method + "(", instanceClient);
        }
    }

    private static IEnumerable<AdditionalText> Specs(IEnumerable<ImportResult> results) =>
        results.Select(r => (AdditionalText)GeneratorHarness.Spec(r.Spec.Id + ".zapi.yaml", r.Yaml));

    private static string Errors(GeneratorRun run) =>
        GeneratorRun.Format(run.GeneratorDiagnostics.Concat(run.Output.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error)).Trim();
}

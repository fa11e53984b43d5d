using System;
using System.Linq;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Generation;

/// <summary>
/// The page's notes in the generated code: the endpoint's become the method's (and the request
/// record's) remarks, an attribute's go into its property's doc comment, a parameter's into its
/// &lt;param&gt;, a response's into its record's remarks (an error's into the method's), and enum values
/// say what they mean. All of it through the one escaping routine.
/// </summary>
public sealed class NotesGenerationTests
{
    private static GeneratorRun Run() => GeneratorHarness.Run(GeneratorHarness.Spec("ping.zapi.yaml", SpecTexts.PingWithNotes));

    [Fact]
    public void The_endpoint_and_type_files_with_notes_match_their_snapshots()
    {
        GeneratorRun run = Run();

        Assert.Empty(run.GeneratorDiagnostics);
        Snapshot.MatchSources(run.Sources.Where(s => s.HintName is "ZApi.PartnerClient.Ping.g.cs" or "ZApi.Types.Mode.g.cs").Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Fact]
    public void Notes_reach_the_method_remarks_and_the_attribute_doc_comment_escaped()
    {
        GeneratorRun run = Run();
        string ping = run.Sources.Single(s => s.HintName == "ZApi.PartnerClient.Ping.g.cs").SourceText.ToString();
        string[] lines = ping.Split('\n').Select(l => l.Trim()).ToArray();

        int method = Array.FindIndex(lines, l => l.Contains("Task<PingResponse> PingAsync(", StringComparison.Ordinal));
        string methodDocs = string.Join("\n", lines.Take(method).Reverse().TakeWhile(l => l.StartsWith("///", StringComparison.Ordinal) || l.StartsWith("[", StringComparison.Ordinal)).Reverse());
        Assert.Contains("/// <para><b>Atenção:</b> Este método está disponível apenas para contas Business.</para>", methodDocs, StringComparison.Ordinal);
        Assert.Contains("Não use &lt;tags&gt; &amp; \"aspas\" */ aqui.", methodDocs, StringComparison.Ordinal);
        Assert.Contains("/// <para>HTTP 405: <b>Warning:</b> Apenas POST é aceito.</para>", methodDocs, StringComparison.Ordinal);
        Assert.Contains("<b>Info:</b> O modo lento espera a resposta.</param>", methodDocs, StringComparison.Ordinal);

        int property = Array.FindIndex(lines, l => l.Contains("public required string Name { get; init; }", StringComparison.Ordinal));
        Assert.Equal("/// <para><b>Formato do nome:</b> O nome não pode estar vazio.</para>", lines[property - 3]);
        Assert.Contains("/// O ping criado. The documented 201 response", ping, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }
}

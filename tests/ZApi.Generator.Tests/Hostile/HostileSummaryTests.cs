using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace ZApi.Generator.Tests.Hostile;

/// <summary>
/// The counts issue 7 asks for in its closing note: inputs tried, diagnostics produced, generator
/// exceptions, compile errors. Evaluates whatever the corpus and mutation tests have not evaluated
/// yet (each input runs once), prints one summary line and writes it to <c>hostile-summary.txt</c>.
/// </summary>
public sealed class HostileSummaryTests
{
    private readonly ITestOutputHelper _output;

    public HostileSummaryTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Summary_of_the_hostile_corpus_and_the_mutations()
    {
        CaseResult[] corpus = HostileCorpus.All.Select(c => HostileCorpusTests.ResultOf(c.Name)).ToArray();
        MutationResult mutations = SpecMutationTests.Result;

        int inputs = corpus.Length + mutations.Inputs;
        int diagnostics = corpus.Sum(r => r.Diagnostics) + mutations.Diagnostics;
        int exceptions = corpus.Count(r => r.GeneratorException) + mutations.GeneratorExceptions;
        int compileErrors = corpus.Sum(r => r.CompileErrors) + mutations.CompileErrors;
        int failing = corpus.Count(r => r.Problems.Count > 0);
        string slowest = corpus.OrderByDescending(r => r.Elapsed).Select(r => $"{r.Name} {r.Elapsed.TotalMilliseconds:F0} ms").First();
        string line = string.Create(
            CultureInfo.InvariantCulture,
            $"Hostile specs: inputs tried {inputs} ({corpus.Length} corpus + {mutations.Inputs} mutations), diagnostics produced {diagnostics}, generator exceptions {exceptions}, compile errors {compileErrors}; corpus cases breaking a guarantee {failing}; generated warnings {corpus.Sum(r => r.GeneratedWarnings)}; slowest generator run {slowest}.");
        _output.WriteLine(line);
        foreach (CaseResult failed in corpus.Where(r => r.Problems.Count > 0))
        {
            _output.WriteLine($"  {failed.Name}: {failed.Problems[0]}");
        }

        File.WriteAllText(Path.Combine(System.AppContext.BaseDirectory, "hostile-summary.txt"), line + "\n");
        Assert.True(inputs >= 650, line);
    }
}

using System.Collections.Concurrent;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace ZApi.Generator.Tests.Hostile;

/// <summary>
/// Issue 7, spec side: every hostile or broken spec either gets a located ZAPI error and no endpoint
/// file, or generated code that compiles and declares exactly what the spec declares; never an
/// exception, CS8784/CS8785/AD0001, or more than 2 s in the generator.
/// </summary>
public sealed class HostileCorpusTests
{
    private static readonly ConcurrentDictionary<string, CaseResult> Results = new();

    private readonly ITestOutputHelper _output;

    public HostileCorpusTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Cases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (HostileCase hostile in HostileCorpus.All)
            {
                data.Add(hostile.Name);
            }

            return data;
        }
    }

    /// <summary>Each case is evaluated once, whichever test asks first.</summary>
    internal static CaseResult ResultOf(string name) => Results.GetOrAdd(name, n => HostileRunner.EvaluateWithWatchdog(HostileCorpus.ByName[n]));

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_spec_cannot_break_or_inject_into_the_build(string name)
    {
        HostileCase hostile = HostileCorpus.ByName[name];
        CaseResult result = ResultOf(name);
        _output.WriteLine($"{name}: expected {hostile.Expect}, {(result.Generated ? "generated" : "not generated")}, {result.Diagnostics} diagnostics, {result.CompileErrors} compile errors, {result.GeneratedWarnings} warnings, {result.Elapsed.TotalMilliseconds:F0} ms");
        _output.WriteLine(result.DiagnosticsText.Length > 4000 ? result.DiagnosticsText.Substring(0, 4000) + "…" : result.DiagnosticsText);
        Assert.True(result.Problems.Count == 0, $"{name}:\n- " + string.Join("\n- ", result.Problems) + "\nDiagnostics:\n" + (result.DiagnosticsText.Length > 4000 ? result.DiagnosticsText.Substring(0, 4000) : result.DiagnosticsText));
    }

    [Fact]
    public void The_corpus_has_at_least_150_inputs_with_unique_names()
    {
        Assert.True(HostileCorpus.All.Count >= 150, $"{HostileCorpus.All.Count} inputs");
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(c => c.Name).Distinct().Count());
    }
}

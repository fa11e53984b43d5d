using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ZApi.Benchmarks.BuildTime;

/// <summary>
/// The inputs of the hostile corpus that once made a build slow (7-10 s and gigabytes per spec),
/// each at two sizes ten times apart: the generator's cost must grow in step with the input, not
/// with its square. Run with <c>--filter '*Hostile*'</c>.
/// </summary>
[MemoryDiagnoser]
public class HostileSpecBenchmarks
{
    private const string Ping = "id: ping\nclient: partner\ntitle: Ping\nmethod: POST\nroute: /ping\ncredentials: partner-token\nrequest:\n  body:\n    required:\n      - name: name\n        type: string\n";

    private AdditionalText _spec = null!;
    private CSharpCompilation _compilation = null!;

    [Params("unknown types", "misspelt references", "large example", "unknown keys")]
    public string Input { get; set; } = string.Empty;

    /// <summary>1 and 10: the larger input is ten times the smaller.</summary>
    [Params(1, 10)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _spec = new InMemoryAdditionalText("/project/specs/ping.zapi.yaml", Build(Input, Scale));
        _compilation = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText("class C { }", BuildScenario.ParseOptions) }, Generators.References);
    }

    [Benchmark(Description = "generator, cold, one hostile spec")]
    public GeneratorDriver Cold() =>
        CSharpGeneratorDriver.Create(new[] { Generators.ZApi().AsSourceGenerator() }, ImmutableArray.Create(_spec), BuildScenario.ParseOptions, EmptyOptionsProvider.Instance)
            .RunGenerators(_compilation);

    /// <summary>The spec text of one input at one scale (all stay under the 1 MiB limit at scale 10).</summary>
    public static string Build(string input, int scale)
    {
        var text = new StringBuilder(Ping);
        switch (input)
        {
            case "unknown types":
                // 2,000 attributes per scale, each of a type nobody declared.
                for (int i = 0; i < 2_000 * scale; i++)
                {
                    text.Append("      - name: a").Append(i).Append("\n        type: Unknown").Append(i).Append('\n');
                }

                return text.Append("responses:\n  204:\n").ToString();
            case "misspelt references":
                // 500 declared types and 500 references to misspelt ones per scale.
                for (int i = 0; i < 500 * scale; i++)
                {
                    text.Append("      - name: r").Append(i).Append("\n        type: X").Append(i).Append('\n');
                }

                text.Append("responses:\n  204:\ntypes:\n");
                for (int i = 0; i < 500 * scale; i++)
                {
                    text.Append("  T").Append(i).Append(":\n    enum: [a]\n");
                }

                return text.ToString();
            case "large example":
                // A response example of 7 objects per scale against a type with 1,000 required members.
                var item = new StringBuilder("{");
                for (int i = 0; i < 1000; i++)
                {
                    item.Append(i == 0 ? string.Empty : ",").Append("\"m").Append(i).Append("\":\"v\"");
                }

                item.Append('}');
                text.Append("responses:\n  200:\n    items: Wide\n    example: '[");
                for (int i = 0; i < 7 * scale; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",").Append(item);
                }

                text.Append("]'\ntypes:\n  Wide:\n    required:\n");
                for (int i = 0; i < 1000; i++)
                {
                    text.Append("      - name: m").Append(i).Append("\n        type: string\n");
                }

                return text.ToString();
            default:
                // 1,000 unknown keys per scale.
                text.Append("responses:\n  204:\n");
                for (int i = 0; i < 1_000 * scale; i++)
                {
                    text.Append("unknownKey").Append(i).Append(": v\n");
                }

                return text.ToString();
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Specs.Naming;

namespace ZApi.Generator.Tests.Hostile;

/// <summary>What one hostile input did to the generator, and every guarantee it broke.</summary>
public sealed record CaseResult(
    string Name,
    TimeSpan Elapsed,
    int Diagnostics,
    bool GeneratorException,
    int CompileErrors,
    int GeneratedWarnings,
    bool Generated,
    IReadOnlyList<string> Problems,
    string DiagnosticsText);

/// <summary>
/// Runs one hostile spec through the generator and checks the guarantees of issue 7: no exception,
/// no CS8784/CS8785/AD0001, under 2 s, located ZAPI diagnostics; either a fatal error and no
/// endpoint file, or generated code that compiles and declares exactly what the spec declares.
/// </summary>
internal static class HostileRunner
{

    private static readonly string[] ForbiddenIds = { "CS8784", "CS8785", "AD0001" };

    private static readonly CSharpCompilation Empty = GeneratorHarness.CreateCompilation(string.Empty);

    private static readonly ConcurrentDictionary<(string Namespace, bool Contracts, SpecBase Base), Baseline> Baselines = new();

    private static readonly Lazy<bool> WarmUp = new(() =>
    {
        // JIT the generator, YamlDotNet and the compiler once, so the first timed case is not the warm-up.
        GeneratorHarness.Run(GeneratorHarness.Spec("ping.zapi.yaml", SpecTexts.Ping)).Output.GetDiagnostics();
        return true;
    });

    /// <summary>
    /// A watchdog for hangs only, generous on a busy 2-core machine: the cost of hostile input is
    /// measured in the benchmarks (HostileSpecBenchmarks), never asserted by a timer here.
    /// </summary>
    public static readonly TimeSpan Watchdog = TimeSpan.FromMinutes(3);

    /// <summary><see cref="Evaluate"/> on its own thread, given up (and reported) after <see cref="Watchdog"/>.</summary>
    public static CaseResult EvaluateWithWatchdog(HostileCase hostile)
    {
        _ = WarmUp.Value;
        var task = System.Threading.Tasks.Task.Factory.StartNew(() => Evaluate(hostile), System.Threading.Tasks.TaskCreationOptions.LongRunning);
        if (task.Wait(Watchdog))
        {
            return task.Result;
        }

        string problem = $"hang: the generator and compilation did not finish within {Watchdog.TotalMinutes:F0} minutes";
        return new CaseResult(hostile.Name, Watchdog, 0, false, 0, 0, false, new[] { problem }, string.Empty);
    }

    public static CaseResult Evaluate(HostileCase hostile)
    {
        _ = WarmUp.Value;
        var problems = new List<string>();
        AdditionalText spec = hostile.Bytes is null ? new InMemoryAdditionalText(hostile.Path, hostile.Text) : new BytesAdditionalText(hostile.Path, hostile.Bytes);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new AdditionalText[] { spec }, hostile.Properties);

        var stopwatch = Stopwatch.StartNew();
        driver = driver.RunGeneratorsAndUpdateCompilation(Empty, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
        stopwatch.Stop();

        GeneratorDriverRunResult runResult = driver.GetRunResult();
        GeneratorRunResult generator = runResult.Results.Single();

        if (generator.Exception is not null)
        {
            problems.Add("generator exception: " + generator.Exception);
        }

        foreach (Diagnostic forbidden in driverDiagnostics.Concat(runResult.Diagnostics).Where(d => ForbiddenIds.Contains(d.Id)))
        {
            problems.Add("forbidden diagnostic: " + forbidden);
        }

        ImmutableArray<Diagnostic> diagnostics = generator.Diagnostics;
        CheckLocations(hostile, spec.GetText()!.Length, diagnostics, problems);

        bool fatal = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id != "ZAPI017");
        List<GeneratedSourceResult> endpointFiles = generator.GeneratedSources.Where(s => IsEndpointFile(s.HintName)).ToList();
        if (hostile.ExpectedId is not null && !diagnostics.Any(d => d.Id == hostile.ExpectedId))
        {
            problems.Add($"expected a {hostile.ExpectedId} diagnostic");
        }

        if (fatal && endpointFiles.Count > 0)
        {
            problems.Add("a fatal ZAPI error was reported but the endpoint file was still generated: " + string.Join(", ", endpointFiles.Select(f => f.HintName)));
        }

        if (hostile.Expect == Expect.Fatal && !fatal)
        {
            problems.Add("expected a fatal ZAPI error, but the spec was accepted");
        }

        if (hostile.Expect == Expect.Generates && fatal)
        {
            problems.Add("expected generated code, but the spec was rejected");
        }

        int compileErrors = 0;
        int warnings = 0;
        if (!fatal)
        {
            if (endpointFiles.Count != 1)
            {
                problems.Add($"no fatal error, so one endpoint file was expected; got {endpointFiles.Count}");
            }

            ImmutableArray<Diagnostic> compilation = output.GetDiagnostics();
            List<Diagnostic> errors = compilation.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            compileErrors = errors.Count;
            warnings = compilation.Count(d => d.Severity == DiagnosticSeverity.Warning);
            foreach (Diagnostic error in errors.Take(10))
            {
                problems.Add("compile error in generated code: " + error);
            }

            CheckShape(hostile, output, generator, problems);
        }

        string text = GeneratorRun.Format(diagnostics);
        return new CaseResult(hostile.Name, stopwatch.Elapsed, diagnostics.Length, generator.Exception is not null, compileErrors, warnings, endpointFiles.Count > 0, problems, text);
    }

    /// <summary><c>ZApi.PartnerClient.Ping.g.cs</c> is an endpoint file; <c>ZApi.PartnerClient.g.cs</c>, <c>ZApi.Types.Mode.g.cs</c> and the runtime are not.</summary>
    /// <summary><c>ZApi.&lt;Group&gt;Client.&lt;Stem&gt;.g.cs</c>: not a named type, an event or the webhook dispatcher.</summary>
    public static bool IsEndpointFile(string hintName) => hintName.Split('.') is { Length: 5 } parts && parts[1].EndsWith("Client", StringComparison.Ordinal);

    private static void CheckLocations(HostileCase hostile, int textLength, ImmutableArray<Diagnostic> diagnostics, List<string> problems)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (!diagnostic.Id.StartsWith("ZAPI", StringComparison.Ordinal))
            {
                problems.Add("a generator diagnostic that is not ZAPI: " + diagnostic);
                continue;
            }

            if (diagnostic.Id == "ZAPI016")
            {
                problems.Add("an internal error (ZAPI016): every failure must be a located ZAPI diagnostic of its own: " + diagnostic);
            }

            if (diagnostic.Id == "ZAPI017")
            {
                // An MSBuild option has no place in a spec file.
                if (hostile.Properties is null)
                {
                    problems.Add("ZAPI017 without any MSBuild property: " + diagnostic);
                }

                continue;
            }

            Location location = diagnostic.Location;
            FileLinePositionSpan span = location.GetLineSpan();
            if (location == Location.None || location.Kind != LocationKind.ExternalFile || span.Path != hostile.Path)
            {
                problems.Add($"{diagnostic.Id} is not located in the spec file: {diagnostic}");
                continue;
            }

            if (location.SourceSpan.Start < 0 || location.SourceSpan.End > textLength || span.StartLinePosition.Line > span.EndLinePosition.Line)
            {
                problems.Add($"{diagnostic.Id} points outside the spec text ({location.SourceSpan}, length {textLength}): {diagnostic}");
            }
        }
    }

    private static void CheckShape(HostileCase hostile, Compilation output, GeneratorRunResult generator, List<string> problems)
    {
        Baseline baseline = Baselines.GetOrAdd((hostile.Namespace, hostile.Contracts, hostile.Base), key => Baseline.Create(key.Namespace, key.Base, hostile.Properties));
        string ns = hostile.Namespace;
        string pascal = CSharpNames.ToPascalCase(hostile.Id);
        string client = CSharpNames.ToPascalCase(hostile.Client) + "Client";

        var expectedTypes = new SortedSet<string>(baseline.RuntimeTypes, StringComparer.Ordinal)
        {
            $"{ns}.{client}",
            $"{ns}.{pascal}Endpoint",
        };
        if (hostile.RequestProperties is not null)
        {
            expectedTypes.Add($"{ns}.{pascal}Request");
        }

        if (hostile.ResponseProperties is not null)
        {
            expectedTypes.Add($"{ns}.{pascal}Response");
        }

        foreach (string typeName in hostile.TypeNames)
        {
            expectedTypes.Add($"{ns}.{typeName}");
            expectedTypes.Add($"{ns}.{typeName}Json");
        }

        Dictionary<string, INamedTypeSymbol> types = AllTypes(output).ToDictionary(t => t.ToDisplayString(), StringComparer.Ordinal);
        CompareSets("types of the compilation", expectedTypes, types.Keys, problems);

        CheckRecord(types, $"{ns}.{pascal}Request", hostile.RequestProperties, problems);
        CheckRecord(types, $"{ns}.{pascal}Response", hostile.ResponseProperties, problems);
        CheckRecord(types, $"{ns}.Detail", hostile.DetailProperties, problems);

        if (types.TryGetValue($"{ns}.{client}", out INamedTypeSymbol? clientType))
        {
            var expected = new SortedSet<string>(baseline.ClientMembers, StringComparer.Ordinal) { pascal + "Async" };
            CompareSets(client + " members", expected, DeclaredMembers(clientType).Select(m => m.Name), problems);
        }

        if (!hostile.Contracts && types.TryGetValue($"{ns}.{pascal}Endpoint", out INamedTypeSymbol? endpoint))
        {
            var expected = new SortedSet<string>(baseline.EndpointMembers, StringComparer.Ordinal);
            if (hostile.RequestProperties is null)
            {
                expected.Remove("WriteRequest");
            }
            else
            {
                expected.UnionWith(hostile.RequestProperties.Select(p => p + "Member"));
            }

            if (hostile.ResponseProperties is null)
            {
                expected.Remove("ReadResponse");
            }

            CompareSets(pascal + "Endpoint members", expected, DeclaredMembers(endpoint).Select(m => m.Name), problems);
        }

        foreach (INamedTypeSymbol type in types.Values)
        {
            foreach (IMethodSymbol method in type.GetMembers().OfType<IMethodSymbol>())
            {
                if (method.GetAttributes().Any(a => a.AttributeClass?.Name is "ModuleInitializerAttribute" or "ModuleInitializer"))
                {
                    problems.Add($"[ModuleInitializer] on {type.Name}.{method.Name}");
                }
            }
        }

        foreach (GeneratedSourceResult source in generator.GeneratedSources)
        {
            foreach (SyntaxTrivia directive in source.SyntaxTree.GetRoot().DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective))
            {
                if (!baseline.DirectiveKinds.Contains(directive.Kind()))
                {
                    problems.Add($"{source.HintName} holds a {directive.Kind()} the runtime does not: {directive.ToString().Trim()}");
                }
            }

            if (!IsEndpointFile(source.HintName) && !source.HintName.EndsWith("Client.g.cs", StringComparison.Ordinal) && !source.HintName.StartsWith("ZApi.Types.", StringComparison.Ordinal) && !source.HintName.StartsWith("ZApi.Events.", StringComparison.Ordinal))
            {
                continue;
            }

            string text = source.SourceText.ToString();
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] != '\n' && IsInvisible(text[i]))
                {
                    int line = text.Take(i).Count(c => c == '\n') + 1;
                    problems.Add($"{source.HintName} line {line} holds the invisible or line-breaking character U+{(int)text[i]:X4}");
                    break;
                }
            }
        }
    }

    private static void CheckRecord(Dictionary<string, INamedTypeSymbol> types, string name, IReadOnlyCollection<string>? expectedProperties, List<string> problems)
    {
        if (expectedProperties is null || !types.TryGetValue(name, out INamedTypeSymbol? record))
        {
            return;
        }

        List<ISymbol> declared = DeclaredMembers(record).ToList();
        CompareSets(name + " public properties", expectedProperties, declared.OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public).Select(p => p.Name), problems);
        foreach (ISymbol extra in declared.Where(m => m is not IPropertySymbol || m.DeclaredAccessibility != Accessibility.Public))
        {
            problems.Add($"{name} declares {extra.Kind} {extra.Name}, which the spec did not declare");
        }
    }

    /// <summary>Members written in source (no accessors, backing fields or record-synthesized members).</summary>
    private static IEnumerable<ISymbol> DeclaredMembers(INamedTypeSymbol type) =>
        type.GetMembers().Where(m => !m.IsImplicitlyDeclared && m is not IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet });

    private static void CompareSets(string what, IEnumerable<string> expected, IEnumerable<string> actual, List<string> problems)
    {
        var expectedSet = new SortedSet<string>(expected, StringComparer.Ordinal);
        var actualSet = new SortedSet<string>(actual, StringComparer.Ordinal);
        if (!expectedSet.SetEquals(actualSet))
        {
            problems.Add($"{what}: missing [{string.Join(", ", expectedSet.Except(actualSet))}], not declared by the spec [{string.Join(", ", actualSet.Except(expectedSet))}]");
        }
    }

    internal static IEnumerable<INamedTypeSymbol> AllTypes(Compilation compilation)
    {
        var stack = new Stack<INamespaceOrTypeSymbol>();
        stack.Push(compilation.Assembly.GlobalNamespace);
        while (stack.Count > 0)
        {
            INamespaceOrTypeSymbol current = stack.Pop();
            if (current is INamedTypeSymbol type)
            {
                yield return type;
            }

            if (current is INamespaceSymbol ns)
            {
                foreach (INamespaceSymbol child in ns.GetNamespaceMembers())
                {
                    stack.Push(child);
                }
            }

            foreach (INamedTypeSymbol nested in current.GetTypeMembers())
            {
                stack.Push(nested);
            }
        }
    }

    /// <summary>What the generated code should never hold outside escapes: controls, bidi and format characters, separators.</summary>
    internal static bool IsInvisible(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => true,
        // The fillers that render as nothing; the test keeps its own list so it checks the generator rather than repeat it.
        _ => c is '\u3164' or '\u115F' or '\u1160' or '\uFFA0' or '\u034F' or '\u2800' || (c >= '\uFE00' && c <= '\uFE0F'),
    };

    /// <summary>What the valid base spec generates, minus its own types and members: the runtime every case shares.</summary>
    private sealed record Baseline(IReadOnlyCollection<string> RuntimeTypes, IReadOnlyCollection<string> ClientMembers, IReadOnlyCollection<string> EndpointMembers, IReadOnlyCollection<SyntaxKind> DirectiveKinds)
    {
        public static Baseline Create(string ns, SpecBase specBase, IReadOnlyDictionary<string, string>? properties)
        {
            string text = specBase == SpecBase.Rich ? SpecTexts.PingWithParametersAndTypes : SpecTexts.Ping;
            GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("ping.zapi.yaml", text) }, properties);
            // When even the valid spec does not compile in this namespace, each case reports the errors itself.
            Dictionary<string, INamedTypeSymbol> types = AllTypes(run.Output).ToDictionary(t => t.ToDisplayString(), StringComparer.Ordinal);
            var own = new List<string> { $"{ns}.PartnerClient", $"{ns}.PingRequest", $"{ns}.PingResponse", $"{ns}.PingEndpoint" };
            if (specBase == SpecBase.Rich)
            {
                own.AddRange(new[] { $"{ns}.Mode", $"{ns}.ModeJson", $"{ns}.Detail", $"{ns}.DetailJson" });
            }

            List<string> runtime = types.Keys.Except(own).ToList();
            List<string> client = types.TryGetValue($"{ns}.PartnerClient", out INamedTypeSymbol? c) ? DeclaredMembers(c).Select(m => m.Name).Where(n => n != "PingAsync").ToList() : new List<string>();
            List<string> endpoint = types.TryGetValue($"{ns}.PingEndpoint", out INamedTypeSymbol? e) ? DeclaredMembers(e).Select(m => m.Name).Where(n => n is not "NameMember" and not "CountMember").ToList() : new List<string>();
            var directives = run.Sources.SelectMany(s => s.SyntaxTree.GetRoot().DescendantTrivia(descendIntoTrivia: true)).Where(t => t.IsDirective).Select(t => t.Kind()).ToHashSet();
            return new Baseline(runtime, client, endpoint, directives);
        }
    }
}

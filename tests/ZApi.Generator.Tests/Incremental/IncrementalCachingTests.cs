using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Incremental;

/// <summary>
/// The generator's caching, proven on its tracked steps: C# edits touch no step, and editing one
/// spec re-runs only that spec's parse and emit.
/// </summary>
public sealed class IncrementalCachingTests
{
    /// <summary>Every step the generator names in <see cref="TrackingNames"/>, found by reflection: a new step is covered without editing this test.</summary>
    private static readonly string[] TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Every_named_step_is_tracked_in_a_run()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("public class A { }");
        GeneratorRunResult result = GeneratorHarness.CreateDriver(new[] { CreateInstance, ReceivedText }).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.True(TrackedSteps.Length >= 17, $"only {TrackedSteps.Length} steps found in TrackingNames");
        Assert.All(TrackedSteps, step => Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} is named but not tracked (WithTrackingName missing?)"));
    }

    private static readonly InMemoryAdditionalText CreateInstance = GeneratorHarness.RepositorySpec("partner/create-instance.zapi.yaml");
    private static readonly InMemoryAdditionalText Ping = GeneratorHarness.Spec("ping.zapi.yaml", SpecTexts.Ping);
    private static readonly InMemoryAdditionalText ListInstances = GeneratorHarness.RepositorySpec("partner/list-instances.zapi.yaml");
    private static readonly InMemoryAdditionalText ReceivedText = GeneratorHarness.Spec("events/received-text.zapi.yaml", Events.EventTexts.ReceivedText);

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached_and_parses_no_spec()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("public class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { CreateInstance, Ping, ListInstances, ReceivedText }).RunGenerators(compilation);

        CSharpCompilation edited = compilation
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class B { public int C => 1; }", GeneratorHarness.ParseOptions))
            .ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText("public class A { void M() { } }", GeneratorHarness.ParseOptions));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (string step in TrackedSteps)
        {
            IncrementalStepRunReason[] reasons = Reasons(second, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"step {step} ran with {reason} after an unrelated C# edit"));
        }

        Assert.All(Reasons(second, TrackingNames.ParsedSpecs), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_an_event_spec_reemits_only_its_file_and_not_the_dispatcher()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("public class A { }");
        InMemoryAdditionalText status = GeneratorHarness.Spec("events/message-status.zapi.yaml", Events.EventTexts.MessageStatus);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { CreateInstance, ReceivedText, status }).RunGenerators(compilation);

        InMemoryAdditionalText edited = GeneratorHarness.Spec("events/received-text.zapi.yaml", Events.EventTexts.ReceivedText.Replace("description: Número de telefone.", "description: O telefone."));
        GeneratorRunResult second = driver.ReplaceAdditionalText(ReceivedText, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(
            new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached },
            Reasons(second, TrackingNames.EventSources).OrderBy(r => r));
        // How the kind is told apart did not change: the routes are equal, so the dispatcher is not emitted again.
        Assert.All(Reasons(second, TrackingNames.EventCatalog), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(second, TrackingNames.SharedSources), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains("O telefone.", second.GeneratedSources.Single(s => s.HintName == "ZApi.Events.ReceivedTextEvent.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Editing_one_of_two_specs_reruns_only_that_specs_steps()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("public class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { CreateInstance, Ping }).RunGenerators(compilation);

        InMemoryAdditionalText editedPing = GeneratorHarness.Spec("ping.zapi.yaml", SpecTexts.Ping.Replace("title: Ping", "title: Ping again"));
        GeneratorRunResult second = driver.ReplaceAdditionalText(Ping, editedPing).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(
            new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached },
            Reasons(second, TrackingNames.ParsedSpecs).OrderBy(r => r));
        Assert.Equal(
            new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached },
            Reasons(second, TrackingNames.EndpointPlans).OrderBy(r => r));
        Assert.Equal(
            new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached },
            Reasons(second, TrackingNames.EndpointSources).OrderBy(r => r));

        // The edit changes no identity, so the catalog and the shared files are not rebuilt.
        Assert.Equal(
            new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached },
            Reasons(second, TrackingNames.SpecIdentities).OrderBy(r => r).Distinct());
        Assert.All(Reasons(second, TrackingNames.Catalog), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(second, TrackingNames.SharedSources), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        GeneratedSourceResult pingSource = second.GeneratedSources.Single(s => s.HintName == "ZApi.PartnerClient.Ping.g.cs");
        Assert.Contains("Ping again", pingSource.SourceText.ToString());
    }

    [Fact]
    public void Rerunning_with_equal_spec_text_in_a_new_file_object_emits_nothing_new()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("public class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { CreateInstance, Ping }).RunGenerators(compilation);

        InMemoryAdditionalText samePing = GeneratorHarness.Spec("ping.zapi.yaml", SpecTexts.Ping);
        GeneratorRunResult second = driver.ReplaceAdditionalText(Ping, samePing).RunGenerators(compilation).GetRunResult().Results.Single();

        // The file object is new, so it is parsed again, but the equal model stops the work there.
        Assert.Contains(IncrementalStepRunReason.Unchanged, Reasons(second, TrackingNames.ParsedSpecs));
        Assert.All(Reasons(second, TrackingNames.EndpointSources), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_node_or_compilation()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("public class A { }");
        GeneratorRunResult result = GeneratorHarness.CreateDriver(new[] { CreateInstance, Ping, ListInstances }).RunGenerators(compilation).GetRunResult().Results.Single();

        // The generator's own steps; Roslyn's input nodes (such as "Compilation") are not its to keep small.
        foreach (KeyValuePair<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> step in result.TrackedSteps.Where(s => TrackedSteps.Contains(s.Key)))
        {
            foreach ((object value, IncrementalStepRunReason _) in step.Value.SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(value, step.Key, new HashSet<object>(ReferenceEqualityComparer.Instance), depth: 0);
            }
        }
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray()
            : throw new InvalidOperationException($"step {step} was not tracked; tracked: {string.Join(", ", result.TrackedSteps.Keys)}");

    /// <summary>Walks an output's object graph and fails on anything that would pin a compilation in the cache.</summary>
    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 32)
        {
            return;
        }

        Type type = value.GetType();
        Assert.False(
            value is ISymbol or SyntaxNode or SyntaxTree or Compilation or SemanticModel or Location,
            $"step {step} outputs a {type.FullName}, which holds on to a compilation");
        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            foreach (object? item in sequence)
            {
                AssertNoRoslynObjects(item, step, seen, depth + 1);
            }

            return;
        }

        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, seen, depth + 1);
        }
    }
}

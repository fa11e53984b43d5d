using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using ZApi.Generator.Tests.Hostile;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Specs.Naming;

namespace ZApi.Generator.Tests.Integrity;

/// <summary>
/// The naming discipline that makes a clash with the runtime impossible: every type the generator
/// emits on its own starts with <c>ZApi</c> or is a client class, and a spec may not take such a
/// name. Checked against the runtime as emitted, so a new runtime type is covered without a list.
/// </summary>
public sealed class RuntimeNamesTests
{
    private static readonly Lazy<IReadOnlyList<string>> RuntimeTypes = new(() =>
    {
        // Contract entries and DI extensions are shared files too: ask for both.
        var properties = new Dictionary<string, string> { ["ZApiContracts"] = "true" };
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("ping.zapi.yaml", SpecTexts.Ping) }, properties);
        string[] own = { "PingRequest", "PingResponse", "PingEndpoint" };
        return HostileRunner.AllTypes(run.Output)
            .Where(t => t.ContainingType is null && t.Locations.Any(l => l.IsInSource))
            .Select(t => t.Name)
            .Where(n => !own.Contains(n))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
    });

    [Fact]
    public void Every_type_the_runtime_declares_starts_with_ZApi_or_is_a_client_class()
    {
        Assert.NotEmpty(RuntimeTypes.Value);
        Assert.All(RuntimeTypes.Value, name => Assert.True(
            name.StartsWith(GeneratedNames.RuntimePrefix, StringComparison.Ordinal) || name.EndsWith("Client", StringComparison.Ordinal),
            $"the runtime declares '{name}', outside the names specs are kept from"));
    }

    [Fact]
    public void A_spec_type_named_like_any_runtime_type_is_refused_at_its_line()
    {
        foreach (string name in RuntimeTypes.Value)
        {
            string spec = SpecTexts.Ping + "\ntypes:\n  " + name + ":\n    enum: [a]\n";
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("ping.zapi.yaml", spec));

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ZAPI006", diagnostic.Id);
            int line = spec.Replace("\r\n", "\n").Split('\n').ToList().FindIndex(l => l == "  " + name + ":");
            Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }
    }
}

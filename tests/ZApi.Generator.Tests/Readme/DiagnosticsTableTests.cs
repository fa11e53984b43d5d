using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Tests.Readme;

/// <summary>
/// The README's diagnostics table is made from <see cref="DiagnosticRules"/>, the one table the
/// generator, the parser and the tool read: one row per id, with the anchor its help link points to.
/// <c>ZAPI_ACCEPT_SNAPSHOTS=1</c> writes the table into the README.
/// </summary>
public sealed class DiagnosticsTableTests
{
    private const string Start = "<!-- diagnostics: made from src/ZApi.Specs/Validation/DiagnosticRules.cs by tests/ZApi.Generator.Tests/Readme/DiagnosticsTableTests.cs; ZAPI_ACCEPT_SNAPSHOTS=1 dotnet test rewrites it -->";
    private const string End = "<!-- /diagnostics -->";

    [Fact]
    public void The_README_diagnostics_table_is_the_one_the_rules_give() =>
        ReadmeSection.AssertMadeFrom(Start, End, Table(), "diagnostics table");

    [Fact]
    public void Each_spec_error_kind_has_the_rule_of_its_number_and_ids_never_move()
    {
        foreach (SpecErrorKind kind in Enum.GetValues<SpecErrorKind>())
        {
            DiagnosticRule rule = DiagnosticRules.For(kind);
            Assert.Equal(kind, rule.Kind);
            Assert.Equal("ZAPI" + ((int)kind).ToString("000", CultureInfo.InvariantCulture), rule.Id);
        }

        Assert.Equal(DiagnosticRules.All.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal), DiagnosticRules.All.Select(r => r.Id).Distinct());
        // Errors stop the spec's code, warnings and infos keep it (the README says so under the table).
        Assert.All(DiagnosticRules.All, rule => Assert.Equal(rule.Level == DiagnosticLevel.Error, rule.IsFatal));
    }

    [Fact]
    public void Each_rule_that_MSBuild_reports_is_in_the_package_targets()
    {
        string props = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "src", "ZApi.Generator", "build", "ZApi.Generator.props"));

        Assert.Contains(DiagnosticRules.All, r => r.IsMsBuild);
        Assert.All(DiagnosticRules.All.Where(r => r.IsMsBuild), rule => Assert.Contains($"Code=\"{rule.Id}\"", props));
    }

    [Fact]
    public void A_reported_diagnostic_links_to_its_README_row()
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Spec("ping.zapi.yaml", SpecTexts.Ping.Replace("title: Ping", "title: Ping\ntitel: typo")));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("ZAPI003", diagnostic.Id);
        Assert.Equal("README.md#zapi003", diagnostic.Descriptor.HelpLinkUri);
        Assert.Equal(DiagnosticRules.UnknownKey.Title, diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture));
        Assert.Contains("<a id=\"zapi003\"></a>ZAPI003", File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "README.md")));
    }

    private static string Table()
    {
        var table = new StringBuilder("\n| id | severity | what | what to do |\n| --- | --- | --- | --- |\n");
        foreach (DiagnosticRule rule in DiagnosticRules.All)
        {
            string severity = rule.Severity + (rule.IsMsBuild ? " (MSBuild)" : string.Empty);
            table.Append($"| <a id=\"{rule.Anchor}\"></a>{rule.Id} | {severity} | {rule.What} | {rule.Remedy} |\n");
        }

        return table.ToString();
    }
}

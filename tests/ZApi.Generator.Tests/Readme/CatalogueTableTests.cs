using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;
using Xunit.Sdk;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Specs.Model;
using ZApi.Specs.Naming;
using ZApi.Specs.Parsing;

namespace ZApi.Generator.Tests.Readme;

/// <summary>
/// The README opens with the built-in catalogue: one row per documentation area with its number of
/// endpoints and their methods, made here from <c>specs/</c> so it cannot go stale.
/// <c>ZAPI_ACCEPT_SNAPSHOTS=1</c> writes the table into the README.
/// </summary>
public sealed class CatalogueTableTests
{
    private const string Start = "<!-- catalogue: made from specs/ by tests/ZApi.Generator.Tests/Readme/CatalogueTableTests.cs; ZAPI_ACCEPT_SNAPSHOTS=1 dotnet test rewrites it -->";
    private const string End = "<!-- /catalogue -->";

    [Fact]
    public void The_README_catalogue_table_is_the_one_the_specs_give()
    {
        string readmePath = Path.Combine(GeneratorHarness.RepositoryRoot, "README.md");
        string readme = File.ReadAllText(readmePath).Replace("\r\n", "\n");
        int start = readme.IndexOf(Start, StringComparison.Ordinal);
        int end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md has no catalogue table between '{Start}' and '{End}'.");

        string expected = Table();
        string actual = readme.Substring(start + Start.Length, end - start - Start.Length);
        if (actual == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1")
        {
            File.WriteAllText(readmePath, readme.Substring(0, start + Start.Length) + expected + readme.Substring(end), new UTF8Encoding(false));
            return;
        }

        throw new XunitException($"The README's catalogue table is stale; run the tests with {Snapshot.AcceptVariable}=1 to rewrite it. Expected:\n{expected}");
    }

    /// <summary>Areas in the order a reader looks for them: sending first, the partner API last; then any other.</summary>
    private static readonly string[] Order = { "message", "status", "chats", "contacts", "group", "communities", "newsletter", "business", "calls", "privacy", "queue", "instance", "mobile", "webhooks", "metaai", "partner" };

    private static string Table()
    {
        string specs = Path.Combine(GeneratorHarness.RepositoryRoot, "specs");
        var rows = new List<(string Area, List<Spec> Specs)>();
        foreach (string folder in Directory.GetDirectories(specs))
        {
            List<Spec> parsed = Directory.GetFiles(folder, "*" + SpecParser.FileSuffix, SearchOption.AllDirectories)
                .Select(path => SpecParser.ParseFile(path).Spec)
                .Where(spec => spec is not null)
                .Select(spec => spec!)
                .OrderBy(spec => spec.Id, StringComparer.Ordinal)
                .ToList();
            rows.Add((Path.GetFileName(folder), parsed));
        }

        rows = rows.OrderBy(r => Array.IndexOf(Order, r.Area) is var i && i >= 0 ? i : Order.Length).ThenBy(r => r.Area, StringComparer.Ordinal).ToList();
        var table = new StringBuilder("\n| area | endpoints | client | methods |\n| --- | ---: | --- | --- |\n");
        foreach ((string area, List<Spec> areaSpecs) in rows)
        {
            string clients = string.Join(", ", areaSpecs.Select(s => CSharpNames.ToPascalCase(s.Client) + "Client").Distinct());
            string methods = string.Join(", ", areaSpecs.Select(s => "`" + CSharpNames.ToPascalCase(s.Id) + "Async`"));
            table.Append($"| {area} | {areaSpecs.Count} | {clients} | {methods} |\n");
        }

        table.Append($"| **all** | **{rows.Sum(r => r.Specs.Count)}** | | |\n");
        return table.ToString();
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;
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
    public void The_README_catalogue_table_is_the_one_the_specs_give() =>
        ReadmeSection.AssertMadeFrom(Start, End, Table(), "catalogue table");

    /// <summary>Areas in the order a reader looks for them: sending first, the partner API last; then any other.</summary>
    private static readonly string[] Order = { "message", "status", "chats", "contacts", "group", "communities", "newsletter", "business", "calls", "privacy", "queue", "instance", "mobile", "webhooks", "events", "metaai", "partner" };

    private static string Table()
    {
        string specs = Path.Combine(GeneratorHarness.RepositoryRoot, "specs");
        var rows = new List<(string Area, int Count, string Client, string Names)>();
        foreach (string folder in Directory.GetDirectories(specs))
        {
            List<SpecParseResult> parsed = Directory.GetFiles(folder, "*" + SpecParser.FileSuffix, SearchOption.AllDirectories)
                .Select(SpecParser.ParseFile)
                .Where(result => result.Spec is not null || result.Event is not null)
                .ToList();
            List<Spec> endpoints = parsed.Where(r => r.Spec is not null).Select(r => r.Spec!).OrderBy(spec => spec.Id, StringComparer.Ordinal).ToList();
            List<EventSpec> events = parsed.Where(r => r.Event is not null).Select(r => r.Event!).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            string clients = string.Join(", ", endpoints.Select(s => CSharpNames.ToPascalCase(s.Client) + "Client").Concat(events.Select(_ => "ZApiWebhooks.Read")).Distinct());
            string names = string.Join(", ", endpoints.Select(s => "`" + CSharpNames.ToPascalCase(s.Id) + "Async`").Concat(events.Select(e => "`" + e.RecordName + "`")));
            rows.Add((Path.GetFileName(folder), endpoints.Count + events.Count, clients, names));
        }

        rows = rows.OrderBy(r => Array.IndexOf(Order, r.Area) is var i && i >= 0 ? i : Order.Length).ThenBy(r => r.Area, StringComparer.Ordinal).ToList();
        var table = new StringBuilder("\n| area | specs | client | methods (events: records) |\n| --- | ---: | --- | --- |\n");
        foreach ((string area, int count, string clients, string names) in rows)
        {
            table.Append($"| {area} | {count} | {clients} | {names} |\n");
        }

        table.Append($"| **all** | **{rows.Sum(r => r.Count)}** | | |\n");
        return table.ToString();
    }
}

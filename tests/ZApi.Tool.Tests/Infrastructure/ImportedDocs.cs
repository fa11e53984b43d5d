using System;
using System.Collections.Generic;
using System.IO;
using Xunit;
using ZApi.Tool.Check;

namespace ZApi.Tool.Tests.Infrastructure;

/// <summary>
/// A copy of the fixture documentation with every page imported into specs beside it (and the event
/// specs copied in): the project the drift tests run <c>zapi check</c> on. A test edits a page the way
/// Z-API edits its documentation, then compares.
/// </summary>
internal sealed class ImportedDocs : IDisposable
{
    private readonly TemporaryFolder _folder = FixtureDocs.Copy();

    public ImportedDocs()
    {
        FixtureDocs.ImportAll(Docs, Specs);
        FixtureDocs.CopyEventSpecs(Specs);
    }

    /// <summary>The folder holding <c>documentation/</c> and <c>specs/</c>: where a test runs <c>zapi check --docs documentation specs</c>.</summary>
    public string Root => _folder.Path;

    /// <summary>The documentation copy (its pages under <c>docs/</c>).</summary>
    public string Docs => Path.Combine(_folder.Path, "documentation");

    /// <summary>The specs imported from it.</summary>
    public string Specs => Path.Combine(_folder.Path, "specs");

    /// <summary>A page of the copy, such as <c>Page("notes", "create-note")</c>.</summary>
    public string Page(string area, string name) => Path.Combine(Docs, "docs", area, name + ".md");

    /// <summary>The spec imported from that page.</summary>
    public string Spec(string area, string name) => Path.Combine(Specs, area, name + ".zapi.yaml");

    /// <summary>Replaces <paramref name="before"/>, which the page must contain, by <paramref name="after"/>.</summary>
    public static void Edit(string page, string before, string after)
    {
        string text = File.ReadAllText(page);
        Assert.Contains(before, text);
        File.WriteAllText(page, text.Replace(before, after));
    }

    /// <summary>What <c>zapi check</c> finds between the copy and its specs.</summary>
    public List<Drift> Compare() => DriftCheck.Compare(new DirectoryInfo(Docs), new DirectoryInfo(Specs));

    public void Dispose() => _folder.Dispose();
}

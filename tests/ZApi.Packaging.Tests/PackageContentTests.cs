using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace ZApi.Packaging.Tests;

/// <summary>The packages hold exactly what a consumer needs (compare refit's packaging test).</summary>
[Collection(PackagingCollection.Name)]
public sealed class PackageContentTests
{
    private readonly PackageFeed _feed;

    public PackageContentTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void The_generator_package_carries_what_the_generator_loads_in_analyzers_and_nothing_in_lib()
    {
        string specs = Path.Combine(PackageFeed.RepositoryRoot, "specs");
        string[] catalogue = Directory.GetFiles(specs, "*.zapi.yaml", SearchOption.AllDirectories)
            .Select(path => "catalogue/" + Path.GetRelativePath(specs, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();
        string[] files = Files(_feed.GeneratorPackage).ToArray();

        // The built-in catalogue: every spec of the repository, at catalogue/<area>/<id>.zapi.yaml.
        Assert.Equal(catalogue, files.Where(f => f.StartsWith("catalogue/", StringComparison.Ordinal)));
        Assert.Equal(
            new[]
            {
                "README.md",
                "analyzers/dotnet/cs/YamlDotNet.dll",
                "analyzers/dotnet/cs/ZApi.Generator.dll",
                "analyzers/dotnet/cs/ZApi.Specs.dll",
                "buildTransitive/ZApi.Generator.Client.props",
                "buildTransitive/ZApi.Generator.props",
                "schema/zapi-spec.schema.json",
            },
            files.Where(f => !f.StartsWith("catalogue/", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_generator_package_is_a_development_dependency_without_dependencies()
    {
        XElement metadata = Nuspec(_feed.GeneratorPackage);

        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies" && e.Descendants().Any(d => d.Name.LocalName == "dependency"));
        Assert.Equal("MIT", metadata.Elements().Single(e => e.Name.LocalName == "license").Value);
        Assert.Contains("source-generator", metadata.Elements().Single(e => e.Name.LocalName == "tags").Value);
        Assert.Equal("README.md", metadata.Elements().Single(e => e.Name.LocalName == "readme").Value);
    }

    [Fact]
    public void Packing_from_source_gives_a_development_version_that_sorts_after_every_earlier_pack()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+-dev\.\d{14}$", _feed.Version);
        Assert.Matches(@"^\d+\.\d+\.\d+-dev\.\d{14}$", _feed.ContractsVersion);
    }

    [Fact]
    public void The_contracts_package_carries_the_harness_and_the_spec_library()
    {
        Assert.Equal(
            new[] { "README.md", "lib/net10.0/ZApi.Contracts.dll", "lib/net10.0/ZApi.Specs.dll", "lib/net8.0/ZApi.Contracts.dll", "lib/net8.0/ZApi.Specs.dll" },
            Files(_feed.ContractsPackage));

        // No test framework: the same package serves xunit v2 and v3, NUnit and MSTest.
        XElement[] groups = Nuspec(_feed.ContractsPackage).Descendants().Where(e => e.Name.LocalName == "group").ToArray();
        Assert.Equal(new[] { "net10.0", "net8.0" }, groups.Select(g => (string)g.Attribute("targetFramework")!).OrderBy(t => t, System.StringComparer.Ordinal));
        foreach (XElement group in groups)
        {
            string[] dependencies = group.Elements().Select(e => (string)e.Attribute("id")!).OrderBy(id => id, System.StringComparer.Ordinal).ToArray();
            Assert.Equal(new[] { "WireMock.Net", "YamlDotNet" }, dependencies);
        }
    }

    private static string[] Files(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        return zip.Entries
            .Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/") && !name.StartsWith("package/") && name != "[Content_Types].xml" && !name.EndsWith(".nuspec"))
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .ToArray();
    }

    private static XElement Nuspec(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        using System.IO.Stream stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }
}

/// <summary>All packaging tests share one packed feed.</summary>
[CollectionDefinition(Name)]
public sealed class PackagingCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "packaging";
}

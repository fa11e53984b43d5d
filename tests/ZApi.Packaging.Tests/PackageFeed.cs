using System;
using System.IO;

namespace ZApi.Packaging.Tests;

/// <summary>
/// Packs ZApi.Generator and ZApi.Contracts once per test run into a local folder feed, with a
/// version of their own so no package cache can hand back an older build.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Version = "0.1.0-ci." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        Root = Directory.CreateTempSubdirectory("zapi-packaging-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        foreach (string project in new[] { "src/ZApi.Generator/ZApi.Generator.csproj", "src/ZApi.Contracts/ZApi.Contracts.csproj" })
        {
            DotNet.Run(RepositoryRoot, "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-p:UseSharedCompilation=false");
        }
    }

    public string Version { get; }

    /// <summary>A temporary folder outside the repository (so none of its Directory.*.props apply).</summary>
    public string Root { get; }

    public string Feed { get; }

    public string GeneratorPackage => Path.Combine(Feed, $"ZApi.Generator.{Version}.nupkg");

    public string ContractsPackage => Path.Combine(Feed, $"ZApi.Contracts.{Version}.nupkg");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A new empty folder for one consumer, with a nuget.config that adds the local feed.</summary>
    public string NewWorkspace(string name)
    {
        string directory = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="zapi-local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        return directory;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is the system's to clean.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ZApi.Generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ZApi.Generator.sln not found above " + AppContext.BaseDirectory);
    }
}

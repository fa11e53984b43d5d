using System;
using System.IO;
using System.Linq;

namespace ZApi.Packaging.Tests;

/// <summary>
/// Packs ZApi.Generator, ZApi.Contracts and the zapi tool (ZApi.Tool) once per test run into a local folder feed, with the
/// README's command: each pack gets a development version of its own (0.2.0-dev.&lt;UTC time&gt;), so
/// no package cache can hand back an older build.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    /// <summary>The projects packed, with the README's own command (<see cref="PackCommand"/>): the version is the development one it gives.</summary>
    public static readonly string[] Projects = { "src/ZApi.Generator", "src/ZApi.Contracts", "src/ZApi.Tool" };

    public PackageFeed()
    {
        Root = Directory.CreateTempSubdirectory("zapi-packaging-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        foreach (string project in Projects)
        {
            DotNet.Run(RepositoryRoot, PackCommand(project, Feed).Append("-p:UseSharedCompilation=false").ToArray());
        }

        // 0.2.0-dev.<UTC time>: read back from the generator package the command produced.
        string generator = Path.GetFileNameWithoutExtension(Directory.GetFiles(Feed, "ZApi.Generator.*.nupkg").Single());
        Version = generator.Substring("ZApi.Generator.".Length);
        ContractsVersion = Path.GetFileNameWithoutExtension(Directory.GetFiles(Feed, "ZApi.Contracts.*.nupkg").Single()).Substring("ZApi.Contracts.".Length);
        ToolVersion = Path.GetFileNameWithoutExtension(Directory.GetFiles(Feed, "ZApi.Tool.*.nupkg").Single()).Substring("ZApi.Tool.".Length);
    }

    /// <summary><c>dotnet pack src/ZApi.Generator -c Release -o &lt;feed&gt;</c>, as the README's "Installing" writes it.</summary>
    public static string[] PackCommand(string project, string feed) => new[] { "pack", project, "-c", "Release", "-o", feed };

    /// <summary>The generator package's version.</summary>
    public string Version { get; }

    /// <summary>The contracts package's version (packed a moment later, so possibly a second later).</summary>
    public string ContractsVersion { get; }

    /// <summary>The tool package's version.</summary>
    public string ToolVersion { get; }

    /// <summary>A temporary folder outside the repository (so none of its Directory.*.props apply).</summary>
    public string Root { get; }

    public string Feed { get; }

    /// <summary>This run's NuGet packages folder: the ZApi packages it packed, and any package the machine's cache lacks.</summary>
    public string Packages => Path.Combine(Root, "packages");

    /// <summary>The machine's NuGet cache, read as a fallback folder and never written to.</summary>
    private static string MachinePackages =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public string GeneratorPackage => Path.Combine(Feed, $"ZApi.Generator.{Version}.nupkg");

    public string ContractsPackage => Path.Combine(Feed, $"ZApi.Contracts.{ContractsVersion}.nupkg");

    public string ToolPackage => Path.Combine(Feed, $"ZApi.Tool.{ToolVersion}.nupkg");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A new empty folder for one consumer, with a nuget.config that adds the local feed.</summary>
    public string NewWorkspace(string name)
    {
        string directory = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        // Packages this run installs (the development versions above, and any the machine lacks) go to
        // this run's own folder, removed with it; what the machine's NuGet cache already has is read from there.
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Packages}" />
              </config>
              <packageSources>
                <add key="zapi-local" value="{Feed}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine-cache" value="{MachinePackages}" />
              </fallbackPackageFolders>
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

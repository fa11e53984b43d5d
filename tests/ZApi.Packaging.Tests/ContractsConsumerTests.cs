using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ZApi.Packaging.Tests;

/// <summary>
/// The README's "Contract verification in your CI" as a user follows it, from the local feed: an app
/// that uses the generator (a selection of the catalogue and a spec of its own), and brand-new test
/// projects next to it for xunit v2, xunit v3, NUnit and MSTest, each on net8.0 and net10.0, with the
/// README's test class pasted as written; a test project on its own; a recording replayed, then a
/// drifted one turning the step red. One restore and one build for all of them.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class ContractsConsumerTests
{
    /// <summary>Test framework → its packages (the versions this machine's mirror serves) and the README snippet pasted into it.</summary>
    private static readonly (string Project, string Snippet, string Packages)[] Frameworks =
    {
        ("XunitV2Tests", "xunit", """
            <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
            <PackageReference Include="xunit" Version="2.9.3" />
            <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
            """),
        ("XunitV3Tests", "xunit.v3", """
            <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
            <PackageReference Include="xunit.v3.mtp-off" Version="4.0.3" />
            <PackageReference Include="xunit.runner.visualstudio" Version="4.0.1" />
            """),
        ("NUnitTests", "nunit", """
            <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
            <PackageReference Include="NUnit" Version="5.0.0" />
            <PackageReference Include="NUnit3TestAdapter" Version="6.3.1" />
            """),
        ("MSTestTests", "mstest", """
            <PackageReference Include="MSTest" Version="4.5.2" />
            """),
    };

    private readonly PackageFeed _feed;

    public ContractsConsumerTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void The_readme_snippets_pass_in_new_test_projects_of_every_framework_and_target()
    {
        string workspace = _feed.NewWorkspace("contracts");
        WriteApp(Path.Combine(workspace, "App"));
        foreach ((string project, string snippet, string packages) in Frameworks)
        {
            WriteTestProject(Path.Combine(workspace, project), "net8.0;net10.0", packages, appReference: true, Snippet(snippet));
        }

        // The recorded-traffic snippet and a recording beside it (xunit v3).
        File.WriteAllText(Path.Combine(workspace, "XunitV3Tests", "ZApiRecordedTrafficTests.cs"), Snippet("recorded"));
        Directory.CreateDirectory(Path.Combine(workspace, "XunitV3Tests", "recordings"));
        File.Copy(Recording("pass/send-text.har"), Path.Combine(workspace, "XunitV3Tests", "recordings", "z-api.har"));

        // A test project on its own: no app, the catalogue compiled by the test project itself.
        WriteTestProject(Path.Combine(workspace, "Standalone"), "net10.0", Frameworks[0].Packages, appReference: false, Snippet("xunit"), "<ZApiEndpoints>partner;events</ZApiEndpoints>");

        DotNet.Run(workspace, "new", "sln", "--name", "Contracts");
        string solution = Directory.GetFiles(workspace, "Contracts.sln*").Single();
        DotNet.Run(workspace, new[] { "sln", solution, "add" }.Concat(Frameworks.Select(f => Path.Combine(f.Project, f.Project + ".csproj"))).Append(Path.Combine("Standalone", "Standalone.csproj")).ToArray());

        string build = DotNet.Run(workspace, "build", solution, "-c", "Release");
        // The runtime of these CI images is .NET 10 only: the net8.0 builds run on it by rolling forward.
        var rollForward = new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" };
        string test = DotNet.RunWith(workspace, rollForward, "test", solution, "-c", "Release", "--no-build");

        Assert.Contains("0 Warning(s)", build);
        Assert.DoesNotContain("CS0436", build);
        var summaries = Regex.Matches(test, @"Passed!\s+- Failed:\s+0, Passed:\s+(\d+), Skipped:\s+0, Total:\s+\d+, Duration: [^-]+- (\w+)\.dll \((net[\d.]+)\)")
            .Select(m => (Project: m.Groups[2].Value, Target: m.Groups[3].Value, Passed: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        foreach ((string project, _, _) in Frameworks)
        {
            Assert.Contains((project, "net8.0"), summaries.Select(s => (s.Project, s.Target)));
            Assert.Contains((project, "net10.0"), summaries.Select(s => (s.Project, s.Target)));
        }

        Assert.Contains(summaries, s => s.Project == "Standalone" && s.Target == "net10.0");
        Assert.DoesNotContain("Failed!", test);

        // Every framework ran the same cases: the documented ones of the app's specs and its webhooks (xunit v3 also the recording).
        int cases = summaries.Single(s => s.Project == "XunitV2Tests" && s.Target == "net10.0").Passed;
        Assert.True(cases > 100, $"only {cases} cases ran:\n{test}");
        Assert.All(summaries.Where(s => s.Project is "XunitV2Tests" or "NUnitTests" or "MSTestTests"), s => Assert.Equal(cases, s.Passed));
        Assert.All(summaries.Where(s => s.Project == "XunitV3Tests"), s => Assert.Equal(cases + 2, s.Passed));

        // The red CI step: the server renamed a member; the replay fails and says what the spec would have to say.
        File.Copy(Recording("drift/renamed-member.har"), Path.Combine(workspace, "XunitV3Tests", "recordings", "renamed.har"));
        string red = DotNet.RunExpectingFailureWith(workspace, rollForward, "test", Path.Combine("XunitV3Tests", "XunitV3Tests.csproj"), "-c", "Release", "--no-build", "--framework", "net10.0");
        Assert.Contains("renamed.har #1 POST /instances/***/token/***/send-text 200 (send-text)", red);
        Assert.Contains("the spec would have to rename \"zaapId\" to \"zapId\"", red);
        Assert.Matches(@"Failed:\s+1,", red);
    }

    /// <summary>A console app with the generator: messages, partner and events of the catalogue, and one spec of its own.</summary>
    private void WriteApp(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "specs", "orders"));
        File.WriteAllText(Path.Combine(folder, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net8.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <UseSharedCompilation>false</UseSharedCompilation>
                <ZApiEndpoints>message;partner;events</ZApiEndpoints>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ZApi.Generator" Version="{_feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(typeof(ZApi.InstanceClient).Name);\n");
        File.WriteAllText(Path.Combine(folder, "specs", "orders", "get-order-note.zapi.yaml"), """
            id: get-order-note
            client: instance
            title: Nota do pedido
            summary: Uma rota do próprio app, fora da documentação.
            method: GET
            route: /instances/{instanceId}/token/{instanceToken}/order-notes/{orderId}
            credentials: instance
            request:
              path:
                - name: orderId
                  type: string
                  description: O pedido
                  example: A-1
            responses:
              200:
                body:
                  required:
                    - name: note
                      type: string
                      description: A nota
                example: |
                  { "note": "Entregar à tarde" }

            """);
    }

    private void WriteTestProject(string folder, string targets, string packages, bool appReference, string snippet, string properties = "")
    {
        Directory.CreateDirectory(folder);
        string name = Path.GetFileName(folder);
        // NU1603: this machine's partial package mirror serves a newer WireMock.Net dependency than asked for.
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>{targets}</TargetFrameworks>
                <Nullable>enable</Nullable>
                <IsPackable>false</IsPackable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NoWarn>$(NoWarn);NU1603</NoWarn>
                <UseSharedCompilation>false</UseSharedCompilation>
                <ZApiContracts>true</ZApiContracts>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ZApi.Generator" Version="{_feed.Version}" PrivateAssets="all" />
                <PackageReference Include="ZApi.Contracts" Version="{_feed.ContractsVersion}" />
                {packages}
              </ItemGroup>
              {(appReference ? "<ItemGroup><ProjectReference Include=\"../App/App.csproj\" /></ItemGroup>" : string.Empty)}
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "ZApiContractTests.cs"), snippet);
    }

    /// <summary>A test class of the README's contract section, as written (<c>```csharp framework=...</c>).</summary>
    private static string Snippet(string framework)
    {
        string readme = File.ReadAllText(Path.Combine(PackageFeed.RepositoryRoot, "README.md")).Replace("\r\n", "\n");
        Match match = Regex.Match(readme, "```csharp framework=" + Regex.Escape(framework) + "\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"README.md has no ```csharp framework={framework} block");
        return match.Groups[1].Value;
    }

    private static string Recording(string name) =>
        Path.Combine(PackageFeed.RepositoryRoot, "tests", "ZApi.Contracts.Tests", "Recordings", name);
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Catalogue;

/// <summary>
/// The built-in catalogue as the package's props hand it over (<c>ZApiCatalogueFolder</c>, its specs
/// as AdditionalFiles): <c>ZApiEndpoints</c> selects areas and endpoints, a spec of the project with
/// a built-in id replaces it (ZAPI021), and a name the catalogue does not have is ZAPI022.
/// </summary>
public sealed class BuiltInSelectionTests
{
    private const string Folder = "/nuget/zapi.generator/0.2.0/catalogue/";

    private static readonly InMemoryAdditionalText[] Catalogue =
    {
        BuiltIn("message", "send-alpha", "/send-alpha"),
        BuiltIn("message", "send-beta", "/send-beta"),
        BuiltIn("group", "create-gamma", "/create-gamma"),
        BuiltIn("group", "leave-delta", "/leave-delta"),
    };

    [Theory]
    [InlineData(null, "CreateGammaAsync LeaveDeltaAsync SendAlphaAsync SendBetaAsync")]
    [InlineData("all", "CreateGammaAsync LeaveDeltaAsync SendAlphaAsync SendBetaAsync")]
    [InlineData("message", "SendAlphaAsync SendBetaAsync")]
    [InlineData("message;group/leave-delta", "LeaveDeltaAsync SendAlphaAsync SendBetaAsync")]
    [InlineData("message, create-gamma", "CreateGammaAsync SendAlphaAsync SendBetaAsync")]
    [InlineData("message;group;-message/send-beta", "CreateGammaAsync LeaveDeltaAsync SendAlphaAsync")]
    [InlineData("-group", "SendAlphaAsync SendBetaAsync")]
    [InlineData(" Message ; -SEND-ALPHA ", "SendBetaAsync")]
    [InlineData("none", "")]
    public void ZApiEndpoints_selects_areas_and_endpoints_and_leaves_some_out(string? endpoints, string methods)
    {
        GeneratorRun run = Run(endpoints);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(methods, string.Join(" ", Methods(run)));
    }

    [Fact]
    public void Built_in_specs_left_out_are_never_parsed()
    {
        GeneratorRun run = Run("message");

        IEnumerable<IncrementalGeneratorRunStep> parsed = run.Generator.TrackedSteps[TrackingNames.ParsedSpecs];
        Assert.Equal(2, parsed.SelectMany(s => s.Outputs).Count());
    }

    [Fact]
    public void A_name_the_catalogue_does_not_have_is_a_warning_that_lists_the_areas()
    {
        GeneratorRun run = Run("mesage;-group/leave-delta;-group/nope");

        string[] messages = run.GeneratorDiagnostics.Where(d => d.Id == "ZAPI022").Select(d => d.GetMessage()).ToArray();
        Assert.Equal(2, messages.Length);
        Assert.Contains("names 'mesage', which is neither an area nor an endpoint of the built-in catalogue", messages[0]);
        Assert.Contains("Areas: group, message;", messages[0]);
        Assert.Contains("names 'group/nope'", messages[1]);
        Assert.All(run.GeneratorDiagnostics.Where(d => d.Id == "ZAPI022"), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void A_spec_of_the_project_with_a_built_in_id_replaces_it_and_says_so_at_its_id()
    {
        string own = Spec("send-alpha", "/my-send-alpha", client: "instance").Replace("      - name: name\n", "      - name: nickname\n");

        GeneratorRun run = Run(null, GeneratorHarness.Spec("send-alpha.zapi.yaml", own));

        Diagnostic info = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("ZAPI021", DiagnosticSeverity.Info, "/project/specs/send-alpha.zapi.yaml", 1), (info.Id, info.Severity, info.Location.GetLineSpan().Path, info.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.Equal("This spec replaces the built-in endpoint 'message/send-alpha' of ZApi.Generator's catalogue (InstanceClient.SendAlphaAsync is generated from this file).", info.GetMessage());
        string alpha = run.Sources.Single(s => s.HintName == "ZApi.InstanceClient.SendAlpha.g.cs").SourceText.ToString();
        Assert.Contains("/my-send-alpha", alpha);
        Assert.Contains("Nickname", alpha);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal("CreateGammaAsync LeaveDeltaAsync SendAlphaAsync SendBetaAsync", string.Join(" ", Methods(run)));
    }

    [Fact]
    public void A_spec_of_the_project_with_a_new_id_adds_an_endpoint_beside_the_catalogue()
    {
        GeneratorRun run = Run("message", GeneratorHarness.Spec("send-omega.zapi.yaml", Spec("send-omega", "/send-omega", client: "instance")));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("SendAlphaAsync SendBetaAsync SendOmegaAsync", string.Join(" ", Methods(run)));
    }

    [Fact]
    public void A_type_the_project_changes_in_its_copy_of_a_built_in_spec_is_the_one_kept()
    {
        string builtInWithType = Spec("send-alpha", "/send-alpha", client: "instance") + "types:\n  Sent:\n    required:\n      - { name: id, type: string }\n";
        string ownWithType = Spec("send-alpha", "/send-alpha", client: "instance") + "types:\n  Sent:\n    required:\n      - { name: id, type: string }\n      - { name: at, type: timestamp }\n";
        var catalogue = new[] { new InMemoryAdditionalText(Folder + "message/send-alpha.zapi.yaml", builtInWithType) };

        GeneratorRun run = GeneratorHarness.Run(catalogue.Append(GeneratorHarness.Spec("send-alpha.zapi.yaml", ownWithType)), Properties(null));

        Assert.Equal("ZAPI021", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Contains("At", run.Sources.Single(s => s.HintName == "ZApi.Types.Sent.g.cs").SourceText.ToString());
    }

    [Fact]
    public void A_project_spec_that_changes_a_type_built_in_endpoints_share_gets_one_error_at_its_file_and_the_built_ins_stay()
    {
        const string shared = "types:\n  Sent:\n    required:\n      - { name: id, type: string }\n";
        var catalogue = new[]
        {
            new InMemoryAdditionalText(Folder + "message/send-alpha.zapi.yaml", Spec("send-alpha", "/send-alpha", client: "instance") + shared),
            new InMemoryAdditionalText(Folder + "message/send-beta.zapi.yaml", Spec("send-beta", "/send-beta", client: "instance") + shared),
            new InMemoryAdditionalText(Folder + "group/create-gamma.zapi.yaml", Spec("create-gamma", "/create-gamma", client: "instance") + shared),
        };
        string own = Spec("send-omega", "/send-omega", client: "instance") + "types:\n  Sent:\n    required:\n      - { name: id, type: string }\n      - { name: at, type: timestamp }\n";

        GeneratorRun run = GeneratorHarness.Run(catalogue.Append(GeneratorHarness.Spec("send-omega.zapi.yaml", own)), Properties(null));

        Diagnostic error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("ZAPI018", "/project/specs/send-omega.zapi.yaml"), (error.Id, error.Location.GetLineSpan().Path));
        Assert.Equal(
            "The type 'Sent' differs from the built-in one that 3 built-in endpoints share (group/create-gamma, message/send-alpha, message/send-beta); keep it identical to the built-in definition, or give yours a name of its own. This spec is skipped; the built-in endpoints keep theirs.",
            error.GetMessage());
        Assert.Equal("CreateGammaAsync SendAlphaAsync SendBetaAsync", string.Join(" ", Methods(run)));
        Assert.DoesNotContain("At", run.Sources.Single(s => s.HintName == "ZApi.Types.Sent.g.cs").SourceText.ToString());
        Assert.Empty(run.CompilationProblems);
    }

    private static GeneratorRun Run(string? endpoints, params InMemoryAdditionalText[] own) =>
        GeneratorHarness.Run(Catalogue.Concat(own), Properties(endpoints));

    private static Dictionary<string, string> Properties(string? endpoints)
    {
        var properties = new Dictionary<string, string> { ["ZApiCatalogueFolder"] = Folder };
        if (endpoints is not null)
        {
            properties["ZApiEndpointSelection"] = endpoints.Replace(";", ",");
        }

        return properties;
    }

    private static IEnumerable<string> Methods(GeneratorRun run) =>
        run.Output.SyntaxTrees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>())
            .Where(m => m.Identifier.Text.EndsWith("Async", System.StringComparison.Ordinal) && m.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax { Identifier.Text: "InstanceClient" })
            .Select(m => m.Identifier.Text)
            .Distinct()
            .OrderBy(m => m, System.StringComparer.Ordinal);

    private static InMemoryAdditionalText BuiltIn(string area, string id, string route) => new(Folder + area + "/" + id + ".zapi.yaml", Spec(id, route, client: "instance"));

    private static string Spec(string id, string route, string client) => $"""
        id: {id}
        client: {client}
        title: {id}
        method: POST
        route: /instances/{"{instanceId}"}/token/{"{instanceToken}"}{route}
        credentials: instance
        request:
          body:
            required:
              - name: name
                type: string
        responses:
          200:
            body:
              required:
                - name: value
                  type: boolean

        """;
}

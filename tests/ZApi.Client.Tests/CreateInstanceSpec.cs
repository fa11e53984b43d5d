using System;
using System.IO;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;

namespace ZApi.Client.Tests;

/// <summary>specs/partner/create-instance.zapi.yaml, parsed from the copy next to the test assembly.</summary>
internal static class CreateInstanceSpec
{
    private static readonly Lazy<Spec> s_spec = new(Load);

    public static Spec Spec => s_spec.Value;

    /// <summary>The documented request example, as written in the spec.</summary>
    public static string RequestExampleJson =>
        Spec.Request.Example?.Json ?? throw new InvalidOperationException("The spec documents no request example.");

    /// <summary>The documented 201 example, as written in the spec.</summary>
    public static string SuccessExampleJson =>
        Spec.SuccessResponse?.Example?.Json ?? throw new InvalidOperationException("The spec documents no success example.");

    /// <summary>The documented response for <paramref name="status"/>.</summary>
    public static ResponseSpec Response(int status) => Spec.Responses.Single(response => response.StatusCode == status);

    private static Spec Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "specs", "partner", "create-instance.zapi.yaml");
        SpecParseResult parsed = SpecParser.ParseFile(path);
        return parsed.Spec ?? throw new InvalidOperationException("The create-instance spec has errors:\n" + string.Join("\n", parsed.Errors));
    }
}

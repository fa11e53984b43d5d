using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ZApi.Generator.Model;

namespace ZApi.Generator.Emitting;

/// <summary>
/// Emits the runtime: the fixed C# every generated client shares (options, exception, JSON and
/// HTTP helpers; the webhook reader; the ASP.NET Core endpoint; DI and configuration). Its source
/// is kept as real C# files under <c>Runtime/</c>, embedded in this assembly by folder, and moved
/// into the consumer's namespace and accessibility here, every file the same way
/// (<see cref="RuntimeTemplate"/>).
/// </summary>
internal static class RuntimeEmitter
{
    private static readonly Lazy<IReadOnlyList<RuntimeTemplate>> Client = new(() => Load("ZApi.Runtime."));

    private static readonly Lazy<IReadOnlyList<RuntimeTemplate>> Webhooks = new(() => Load("ZApi.Webhooks."));

    private static readonly Lazy<IReadOnlyList<RuntimeTemplate>> AspNetCore = new(() => Load("ZApi.AspNetCore."));

    private static readonly Lazy<IReadOnlyList<RuntimeTemplate>> DependencyInjection = new(() => Load("ZApi.DependencyInjection."));

    private static readonly Lazy<IReadOnlyList<RuntimeTemplate>> Configuration = new(() => Load("ZApi.Configuration."));

    /// <summary>The client runtime (<c>Runtime/*.cs</c>).</summary>
    public static IEnumerable<GeneratedSource> Emit(GeneratorOptions options) => Emit(Client.Value, options);

    /// <summary>The webhook runtime (<c>Runtime/Webhooks/*.cs</c>), for projects with event specs.</summary>
    public static IEnumerable<GeneratedSource> EmitWebhooks(GeneratorOptions options) => Emit(Webhooks.Value, options);

    /// <summary>The webhook endpoint for ASP.NET Core (<c>Runtime/AspNetCore/*.cs</c>), for projects that reference it.</summary>
    public static IEnumerable<GeneratedSource> EmitAspNetCore(GeneratorOptions options) => Emit(AspNetCore.Value, options);

    /// <summary>The client registrations' shared part and their logger (<c>Runtime/DependencyInjection/*.cs</c>), for projects that reference Microsoft.Extensions.Http.</summary>
    public static IEnumerable<GeneratedSource> EmitDependencyInjection(GeneratorOptions options) => Emit(DependencyInjection.Value, options);

    /// <summary>Options from configuration (<c>Runtime/Configuration/*.cs</c>), for projects that reference Microsoft.Extensions.Configuration.Abstractions.</summary>
    public static IEnumerable<GeneratedSource> EmitConfiguration(GeneratorOptions options) => Emit(Configuration.Value, options);

    /// <summary>
    /// The JSON helpers alone (<c>Runtime/ZApiJson.cs</c>), internal, in the contract-support namespace: what
    /// contract entries need of the runtime when the client itself lives in a referenced project.
    /// </summary>
    public static IEnumerable<GeneratedSource> EmitContractSupport(GeneratorOptions options) =>
        Client.Value.Where(t => t.Name == "ZApiJson").Select(t => new GeneratedSource(t.HintName, t.Render(options.CodeNamespace, options.Accessibility), SpecPath: null));

    private static IEnumerable<GeneratedSource> Emit(IReadOnlyList<RuntimeTemplate> templates, GeneratorOptions options) =>
        templates.Select(t => new GeneratedSource(t.HintName, t.Render(options.Namespace, options.Accessibility), SpecPath: null));

    private static IReadOnlyList<RuntimeTemplate> Load(string prefix)
    {
        Assembly assembly = typeof(RuntimeEmitter).Assembly;
        var templates = new List<RuntimeTemplate>();
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            string name = resource.Substring(prefix.Length, resource.Length - prefix.Length - ".cs".Length);
            templates.Add(new RuntimeTemplate(name, reader.ReadToEnd().Replace("\r\n", "\n")));
        }

        templates.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return templates;
    }
}

using System.Collections.Generic;

namespace ZApi.Generator.Tests.Hostile;

/// <summary>What a hostile spec must lead to.</summary>
public enum Expect
{
    /// <summary>At least one located ZAPI error, and no endpoint file generated for the spec.</summary>
    Fatal,

    /// <summary>The endpoint is generated (warnings allowed), compiles with no error and declares exactly the spec's members.</summary>
    Generates,

    /// <summary>Either of the two, whichever the generator picks; the universal guarantees still hold.</summary>
    Either,
}

/// <summary>The valid spec a case starts from; the runner compares its output with what that spec generates.</summary>
public enum SpecBase
{
    /// <summary><c>SpecTexts.Ping</c>: a body, a response, a hint.</summary>
    Ping,

    /// <summary><c>SpecTexts.PingWithParametersAndTypes</c>: also a path parameter, an enum query parameter, an enum and an object type.</summary>
    Rich,
}

/// <summary>One input of the hostile corpus, with its expected outcome.</summary>
/// <param name="Name">A readable name; the theory case is named after it.</param>
/// <param name="FileName">The spec's file name, under <c>/project/specs/</c>.</param>
/// <param name="Text">The spec text, byte for byte (no line-ending normalisation).</param>
/// <param name="Expect">The expected outcome.</param>
public sealed record HostileCase(string Name, string FileName, string Text, Expect Expect)
{
    /// <summary>A ZAPI id that must be among the diagnostics (e.g. <c>ZAPI015</c>), or null.</summary>
    public string? ExpectedId { get; init; }

    /// <summary>MSBuild properties (<c>ZApiNamespace</c>, <c>ZApiContracts</c>), or null.</summary>
    public IReadOnlyDictionary<string, string>? Properties { get; init; }

    /// <summary>The namespace the generated code must land in.</summary>
    public string Namespace { get; init; } = "ZApi";

    /// <summary>The endpoint id, when the spec generates.</summary>
    public string Id { get; init; } = "ping";

    /// <summary>The client group, when the spec generates.</summary>
    public string Client { get; init; } = "partner";

    /// <summary>The exact public properties of the request record; null when the spec has no request body.</summary>
    public IReadOnlyCollection<string>? RequestProperties { get; init; } = new[] { "Name", "Count" };

    /// <summary>The exact public properties of the response record; null when the spec has no success body.</summary>
    public IReadOnlyCollection<string>? ResponseProperties { get; init; } = new[] { "Id" };

    /// <summary>The valid spec the case was made from.</summary>
    public SpecBase Base { get; init; } = SpecBase.Ping;

    /// <summary>The named types the spec declares (each also gets its <c>&lt;Name&gt;Json</c> class).</summary>
    public IReadOnlyCollection<string> TypeNames { get; init; } = System.Array.Empty<string>();

    /// <summary>The exact public properties of the named object type <c>Detail</c> (rich base), or null.</summary>
    public IReadOnlyCollection<string>? DetailProperties { get; init; }

    /// <summary>The file's bytes, when the case is about encoding: read as the compiler reads a file (BOM detection), not from <see cref="Text"/>.</summary>
    public byte[]? Bytes { get; init; }

    public string Path => "/project/specs/" + FileName;

    public bool Contracts => Properties is not null && Properties.TryGetValue("ZApiContracts", out string? value) && value == "true";

    public override string ToString() => Name;
}

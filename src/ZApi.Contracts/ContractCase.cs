namespace ZApi.Contracts;

/// <summary>
/// One (endpoint, documented status) pair of a spec: what one contract test checks. Named
/// <c>&lt;spec id&gt; &lt;status&gt;</c>, e.g. <c>create-instance 201</c>, which is what test runners show.
/// </summary>
public sealed class ContractCase
{
    public ContractCase(string specPath, string id, int statusCode)
    {
        SpecPath = specPath;
        Id = id;
        StatusCode = statusCode;
    }

    /// <summary>A case of a spec the client was compiled from (<c>ZApiContractEntries.Specs</c>): its text travels with the case.</summary>
    public ContractCase(string id, int statusCode, string specText)
        : this("compiled spec '" + id + "'", id, statusCode)
    {
        SpecText = specText;
    }

    /// <summary>The spec file the case comes from (or, for a compiled spec, a name for messages).</summary>
    public string SpecPath { get; }

    /// <summary>The spec's YAML when the case comes from the compiled client rather than a file, or null.</summary>
    public string? SpecText { get; }

    /// <summary>The spec id (the operation).</summary>
    public string Id { get; }

    /// <summary>The documented status this case stubs.</summary>
    public int StatusCode { get; }

    public override string ToString() => $"{Id} {StatusCode}";
}

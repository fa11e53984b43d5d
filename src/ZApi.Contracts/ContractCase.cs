using Xunit.Abstractions;

namespace ZApi.Contracts;

/// <summary>
/// One (endpoint, documented status) pair of a spec file: what one contract test checks.
/// Named <c>&lt;spec id&gt; &lt;status&gt;</c>, e.g. <c>create-instance 201</c>.
/// </summary>
public sealed class ContractCase : IXunitSerializable
{
    /// <summary>For xunit's deserialization only.</summary>
    public ContractCase()
    {
        SpecPath = string.Empty;
        Id = string.Empty;
    }

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
    public string SpecPath { get; private set; }

    /// <summary>The spec's YAML when the case comes from the compiled client rather than a file, or null.</summary>
    public string? SpecText { get; private set; }

    /// <summary>The spec id (the operation).</summary>
    public string Id { get; private set; }

    /// <summary>The documented status this case stubs.</summary>
    public int StatusCode { get; private set; }

    public void Deserialize(IXunitSerializationInfo info)
    {
        SpecPath = info.GetValue<string>(nameof(SpecPath));
        Id = info.GetValue<string>(nameof(Id));
        StatusCode = info.GetValue<int>(nameof(StatusCode));
        SpecText = info.GetValue<string?>(nameof(SpecText));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(SpecPath), SpecPath);
        info.AddValue(nameof(Id), Id);
        info.AddValue(nameof(StatusCode), StatusCode);
        info.AddValue(nameof(SpecText), SpecText);
    }

    public override string ToString() => $"{Id} {StatusCode}";
}

using Xunit.Abstractions;

namespace ZApi.Contracts;

/// <summary>
/// One documented example of a webhook event spec: what one webhook contract test checks.
/// Named <c>&lt;event id&gt; example &lt;n&gt;</c>, e.g. <c>received-text example 2</c>.
/// </summary>
public sealed class WebhookCase : IXunitSerializable
{
    /// <summary>For xunit's deserialization only.</summary>
    public WebhookCase()
    {
        Id = string.Empty;
        SpecText = string.Empty;
    }

    /// <param name="id">The event spec id.</param>
    /// <param name="example">Which documented example (1-based).</param>
    /// <param name="specText">The event spec's YAML, as the client was compiled from it.</param>
    public WebhookCase(string id, int example, string specText)
    {
        Id = id;
        Example = example;
        SpecText = specText;
    }

    /// <summary>The event spec id.</summary>
    public string Id { get; private set; }

    /// <summary>Which documented example (1-based).</summary>
    public int Example { get; private set; }

    /// <summary>The event spec (YAML).</summary>
    public string SpecText { get; private set; }

    public void Deserialize(IXunitSerializationInfo info)
    {
        Id = info.GetValue<string>(nameof(Id));
        Example = info.GetValue<int>(nameof(Example));
        SpecText = info.GetValue<string>(nameof(SpecText));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(Id), Id);
        info.AddValue(nameof(Example), Example);
        info.AddValue(nameof(SpecText), SpecText);
    }

    public override string ToString() => $"{Id} example {Example}";
}

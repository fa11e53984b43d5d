namespace ZApi.Contracts;

/// <summary>
/// One documented example of a webhook event spec: what one webhook contract test checks.
/// Named <c>&lt;event id&gt; example &lt;n&gt;</c>, e.g. <c>received-text example 2</c>.
/// </summary>
public sealed class WebhookCase
{
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
    public string Id { get; }

    /// <summary>Which documented example (1-based).</summary>
    public int Example { get; }

    /// <summary>The event spec (YAML).</summary>
    public string SpecText { get; }

    public override string ToString() => $"{Id} example {Example}";
}

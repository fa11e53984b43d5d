namespace ZApi.Specs.Model;

/// <summary>What a success response carries (the <c>content</c> key).</summary>
public enum ResponseContent
{
    /// <summary><c>json</c>: a JSON object (<c>body</c>) or array (<c>items</c>); the default.</summary>
    Json,

    /// <summary><c>text</c>: plain text, such as <c>OK</c>; the method returns it as a string.</summary>
    Text,

    /// <summary><c>none</c>: no content (204); the method returns nothing.</summary>
    None,
}

namespace ZApi.Specs.Parsing;

/// <summary>Every key of the spec language, by the mapping it belongs to. The JSON Schema mirrors these.</summary>
internal static class SpecKeys
{
    public static readonly string[] Root = { "id", "client", "title", "summary", "method", "route", "credentials", "request", "responses", "types" };
    public static readonly string[] RootRequired = { "id", "client", "title", "method", "route", "credentials", "responses" };

    public static readonly string[] Request = { "path", "query", "body", "example" };

    /// <summary><c>body</c>, <c>query</c> and object types list their attributes under these two keys.</summary>
    public static readonly string[] Body = { "required", "optional" };

    public static readonly string[] Attribute = { "name", "type", "items", "description" };
    public static readonly string[] Parameter = { "name", "type", "description", "example" };
    public static readonly string[] AttributeRequired = { "name", "type" };

    public static readonly string[] Response = { "description", "hint", "content", "body", "items", "example", "examples" };
    public static readonly string[] Contents = { "json", "text", "none" };

    public static readonly string[] Type = { "description", "required", "optional", "enum" };

    public static readonly string[] Methods = { "GET", "POST", "PUT", "DELETE", "PATCH" };
}

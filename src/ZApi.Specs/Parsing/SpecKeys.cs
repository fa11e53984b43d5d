namespace ZApi.Specs.Parsing;

/// <summary>Every key of the spec language, by the mapping it belongs to. The JSON Schema mirrors these.</summary>
internal static class SpecKeys
{
    public static readonly string[] Root = { "id", "client", "title", "summary", "method", "route", "credentials", "request", "responses" };
    public static readonly string[] RootRequired = { "id", "client", "title", "method", "route", "credentials", "responses" };

    public static readonly string[] Request = { "body", "example" };
    public static readonly string[] Body = { "required", "optional" };

    public static readonly string[] Attribute = { "name", "type", "description" };
    public static readonly string[] AttributeRequired = { "name", "type" };

    public static readonly string[] Response = { "description", "hint", "body", "example" };

    public static readonly string[] Methods = { "GET", "POST", "PUT", "DELETE", "PATCH" };
}

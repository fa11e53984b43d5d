namespace ZApi.Specs.Parsing;

/// <summary>Every key of the spec language, by the mapping it belongs to. The JSON Schema mirrors these.</summary>
internal static class SpecKeys
{
    public static readonly string[] Root = { "id", "page", "client", "title", "summary", "method", "route", "credentials", "deprecated", "undocumented", "departures", "notes", "request", "responses", "types" };

    /// <summary>The root of an event spec (a webhook payload): no route, credentials, request or responses.</summary>
    public static readonly string[] EventRoot = { "id", "page", "title", "summary", "deprecated", "departures", "event", "types" };
    public static readonly string[] EventRootRequired = { "id", "title", "event" };

    /// <summary>The <c>event</c> section: how the payload is told apart, its members and examples.</summary>
    public static readonly string[] Event = { "type", "present", "notification", "required", "optional", "example", "examples" };
    public static readonly string[] EventRequired = { "type" };

    public static readonly string[] RootRequired = { "id", "client", "title", "method", "route", "credentials", "responses" };

    public static readonly string[] Request = { "path", "query", "body", "items", "example", "examples" };

    /// <summary><c>body</c>, <c>query</c> and object types list their attributes under these two keys.</summary>
    public static readonly string[] Body = { "required", "optional" };

    public static readonly string[] Attribute = { "name", "type", "items", "values", "description", "deprecated", "forever", "notes" };
    public static readonly string[] Parameter = { "name", "type", "description", "example", "deprecated", "notes" };
    public static readonly string[] AttributeRequired = { "name", "type" };

    public static readonly string[] Response = { "description", "hint", "content", "type", "body", "items", "values", "alsoArray", "example", "examples", "notes" };
    public static readonly string[] Contents = { "json", "text", "none" };

    public static readonly string[] Type = { "description", "required", "optional", "enum", "open" };

    /// <summary>A departure from the page: where, why, and the pin of the page text it answers (<c>zapi check --pin</c>).</summary>
    public static readonly string[] Departure = { "at", "reason", "pin" };
    public static readonly string[] DepartureRequired = { "at", "reason" };

    /// <summary>A note box of the page: <c>{ kind: tip, title: Dica, text: ... }</c> under <c>notes</c> of the endpoint, an attribute or a response.</summary>
    public static readonly string[] Note = { "kind", "title", "text" };
    public static readonly string[] NoteRequired = { "kind", "text" };

    /// <summary>An enum value with what the page says it means: <c>{ value: contacts, description: ... }</c>.</summary>
    public static readonly string[] EnumValue = { "value", "description" };

    public static readonly string[] Methods = { "GET", "POST", "PUT", "DELETE", "PATCH" };
}

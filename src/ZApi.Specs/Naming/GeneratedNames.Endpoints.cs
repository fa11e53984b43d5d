namespace ZApi.Specs.Naming;

/// <summary>
/// The one rule for the C# names an endpoint spec generates. Every name starts from the PascalCase
/// id (the stem) or the PascalCase client group; the planner (<see cref="Plans.EndpointPlanner"/>)
/// calls these once per spec, and the parser's collision checks call the same ones, so the name a
/// check refuses is the name an emitter would have printed.
/// </summary>
public static partial class GeneratedNames
{
    /// <summary><c>create-instance</c> → <c>CreateInstance</c>: every generated name of the endpoint starts with it.</summary>
    public static string Stem(string id) => CSharpNames.ToPascalCase(id);

    /// <summary><c>partner</c> → <c>PartnerClient</c>.</summary>
    public static string ClientClass(string clientGroup) => CSharpNames.ToPascalCase(clientGroup) + "Client";

    /// <summary><c>partner</c> → <c>ZApi.PartnerClient.g.cs</c>: the file of the client class.</summary>
    public static string ClientHintName(string clientGroup) => $"ZApi.{ClientClass(clientGroup)}.g.cs";

    /// <summary><c>partner</c> → <c>AddZApiPartnerClient</c>: the DI registration of the client class.</summary>
    public static string ClientRegistration(string clientGroup) => "AddZApi" + ClientClass(clientGroup);

    /// <summary><c>CreateInstance</c> → <c>CreateInstanceAsync</c>.</summary>
    public static string Method(string stem) => stem + "Async";

    /// <summary><c>CreateInstance</c> → <c>CreateInstanceRequest</c>: the request body record.</summary>
    public static string RequestType(string stem) => stem + "Request";

    /// <summary><c>CreateInstance</c> → <c>CreateInstanceResponse</c>: the success response record.</summary>
    public static string ResponseType(string stem) => stem + "Response";

    /// <summary><c>CreateInstance</c> → <c>CreateInstanceEndpoint</c>: the internal wire-format class.</summary>
    public static string EndpointClass(string stem) => stem + "Endpoint";

    /// <summary>
    /// <c>ZApi.PartnerClient.CreateInstance.g.cs</c>. Unique by shape: named types are
    /// <c>ZApi.Types.&lt;Name&gt;.g.cs</c> (no client class is called <c>Types</c>), clients
    /// <c>ZApi.&lt;Group&gt;Client.g.cs</c>, the runtime <c>ZApi.ZApi&lt;Name&gt;.g.cs</c>.
    /// </summary>
    public static string EndpointHintName(string clientClass, string stem) => $"ZApi.{clientClass}.{stem}.g.cs";

    /// <summary><c>sessionName</c> → <c>SessionName</c>: the property of a JSON member.</summary>
    public static string Property(string memberName) => CSharpNames.ToPascalCase(memberName);

    /// <summary><c>SessionName</c> → <c>SessionNameMember</c>: the encoded JSON name a request body is written with.</summary>
    public static string EncodedMemberField(string property) => property + "Member";

    /// <summary>
    /// <c>Due</c> → <c>valueDue</c>: the local a member is read into. From the property name, which is unique
    /// in the type (a lower-cased first letter is not: Unicode folds 'K' and the Kelvin sign together), and
    /// never <c>reader</c> or a keyword.
    /// </summary>
    public static string ReadLocal(string property) => "value" + property;

    /// <summary><c>instanceId</c> → <c>instanceId</c>; keywords get an <c>@</c>: the method parameter of a path or query parameter.</summary>
    public static string Parameter(string parameterName) => CSharpNames.ToCamelCase(parameterName);
}

using ZApi.Specs.Model;
using ZApi.Specs.Naming;

namespace ZApi.Generator.Emitting;

/// <summary>The C# names one spec generates: all derived from its id and client group.</summary>
internal sealed class EndpointNames
{
    public EndpointNames(Spec spec)
    {
        string pascal = CSharpNames.ToPascalCase(spec.Id);
        Stem = pascal;
        Client = ClientClass(spec.Client);
        ClientGroup = CSharpNames.ToPascalCase(spec.Client);
        Method = pascal + "Async";
        Request = pascal + "Request";
        Response = pascal + "Response";
        Endpoint = pascal + "Endpoint";
        HintName = $"ZApi.{Client}.{pascal}.g.cs";
    }

    /// <summary><c>CreateInstance</c>: every generated name of the endpoint starts with it.</summary>
    public string Stem { get; }

    /// <summary><c>PartnerClient</c>.</summary>
    public string Client { get; }

    /// <summary><c>Partner</c>.</summary>
    public string ClientGroup { get; }

    /// <summary><c>CreateInstanceAsync</c>.</summary>
    public string Method { get; }

    /// <summary><c>CreateInstanceRequest</c>.</summary>
    public string Request { get; }

    /// <summary><c>CreateInstanceResponse</c>.</summary>
    public string Response { get; }

    /// <summary><c>CreateInstanceEndpoint</c>: the internal wire-format class.</summary>
    public string Endpoint { get; }

    /// <summary>
    /// <c>ZApi.PartnerClient.CreateInstance.g.cs</c>. Unique by shape: named types are
    /// <c>ZApi.Types.&lt;Name&gt;.g.cs</c> (no client class is called <c>Types</c>), clients
    /// <c>ZApi.&lt;Group&gt;Client.g.cs</c>, the runtime <c>ZApi.ZApi&lt;Name&gt;.g.cs</c>.
    /// </summary>
    public string HintName { get; }

    /// <summary><c>PartnerClient.CreateInstanceAsync</c>: two specs with the same key clash.</summary>
    public string MethodKey => Client + "." + Method;

    public static string ClientClass(string client) => CSharpNames.ToPascalCase(client) + "Client";

    public static string Property(SpecAttribute attribute) => CSharpNames.ToPascalCase(attribute.Name);
}

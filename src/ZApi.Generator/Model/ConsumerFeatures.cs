namespace ZApi.Generator.Model;

/// <summary>What the consuming project references, which decides the optional generated files.</summary>
/// <param name="HttpClientFactory">Microsoft.Extensions.Http 8 or later (IHttpClientFactory with <c>IHttpClientLogger</c>): the DI registrations.</param>
/// <param name="Configuration">Microsoft.Extensions.Configuration.Abstractions: binding options from configuration without reflection.</param>
/// <param name="AspNetCore">ASP.NET Core routing, HTTP and logging: the webhook endpoint (<c>MapZApiWebhooks</c>).</param>
internal sealed record ConsumerFeatures(bool HttpClientFactory, bool Configuration, bool AspNetCore = false)
{
    /// <summary>The types the webhook endpoint uses; all come with the ASP.NET Core shared framework.</summary>
    public static readonly string[] AspNetCoreTypes =
    {
        "Microsoft.AspNetCore.Routing.IEndpointRouteBuilder",
        "Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions",
        "Microsoft.AspNetCore.Http.BadHttpRequestException",
        "Microsoft.Extensions.Logging.ILoggerFactory",
        "Microsoft.Extensions.Logging.Abstractions.NullLogger",
    };

    /// <summary>The logger interface of Microsoft.Extensions.Http 8: the DI code replaces the factory's default loggers, which write request URIs (and the instance token in them).</summary>
    public const string HttpClientLoggerType = "Microsoft.Extensions.Http.Logging.IHttpClientLogger";

    public const string ConfigurationType = "Microsoft.Extensions.Configuration.IConfiguration";

    public static ConsumerFeatures Of(Microsoft.CodeAnalysis.Compilation compilation) => new(
        compilation.GetTypeByMetadataName(HttpClientLoggerType) is not null && compilation.GetTypeByMetadataName(Emitting.DependencyInjectionEmitter.MarkerType) is not null,
        compilation.GetTypeByMetadataName(ConfigurationType) is not null,
        System.Array.TrueForAll(AspNetCoreTypes, type => compilation.GetTypeByMetadataName(type) is not null));
}

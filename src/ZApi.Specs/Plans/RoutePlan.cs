using ZApi.Specs.Model;

namespace ZApi.Specs.Plans;

/// <summary>How the generated method resolves an endpoint's route.</summary>
public enum RouteKind
{
    /// <summary>No parameters: one <c>ZApiRoute</c> resolved once per base address.</summary>
    Fixed,

    /// <summary>No parameters after the instance prefix: one <c>ZApiInstanceRoute</c> resolved once per instance.</summary>
    FixedOnInstance,

    /// <summary>Path or query parameters: the method builds the relative URI per call.</summary>
    Built,
}

/// <summary>An endpoint's route, split once for everyone who reads it.</summary>
/// <param name="Template">The route as documented (<c>/instances/{instanceId}/token/{instanceToken}/send-text</c>).</param>
/// <param name="Relative">The route relative to the base address (no leading '/').</param>
/// <param name="Kind">How the generated method resolves it.</param>
/// <param name="IsInstanceBound">Whether the instance id and token come from the client (the route starts with the instance prefix).</param>
/// <param name="AfterInstance">The route after the instance prefix (<c>send-text</c>), or null when not instance-bound.</param>
/// <param name="Parts">
/// The path a <see cref="RouteKind.Built"/> route builds from literals and path parameters: the route after the
/// instance prefix on an instance-bound route (the client adds the prefix), the relative route otherwise. Empty
/// when the path is constant (a query string is all that changes, or the route is fixed).
/// </param>
/// <param name="HasQuery">Whether query parameters follow the path.</param>
/// <param name="Segments">The template's segments between '/', each a literal or a parameter (<c>instanceId</c> and <c>instanceToken</c> included): what a recorded path is matched against.</param>
public sealed record RoutePlan(
    string Template,
    string Relative,
    RouteKind Kind,
    bool IsInstanceBound,
    string? AfterInstance,
    EquatableArray<RoutePart> Parts,
    bool HasQuery,
    EquatableArray<RouteSegment> Segments)
{
    /// <summary>Whether the method builds the path itself (a path parameter, or the instance prefix before parameters).</summary>
    public bool BuildsPath => !Parts.IsEmpty;
}

/// <summary>A piece of the path to build: literal text, or a path parameter's value.</summary>
/// <param name="Literal">The literal text, or null for a parameter.</param>
/// <param name="Parameter">The path parameter, or null for literal text.</param>
public sealed record RoutePart(string? Literal, ParameterPlan? Parameter);

/// <summary>One segment of a route template between '/': literal text, or <c>{name}</c>.</summary>
/// <param name="Text">The segment as written (<c>chats</c>, <c>{phone}</c>).</param>
/// <param name="Parameter">The parameter's name for <c>{name}</c> (<c>phone</c>), or null for a literal.</param>
public sealed record RouteSegment(string Text, string? Parameter)
{
    public bool IsParameter => Parameter is not null;

    /// <summary><c>{instanceId}</c> or <c>{instanceToken}</c>: a credential the client supplies, never shown.</summary>
    public bool IsInstanceCredential => Parameter is not null && System.Array.IndexOf(CredentialsNames.InstanceParameters, Parameter) >= 0;
}

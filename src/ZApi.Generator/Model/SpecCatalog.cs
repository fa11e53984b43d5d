using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Model;

/// <summary>What the generator knows across all specs: the client groups, and which specs clash.</summary>
/// <param name="Clients">The client groups (<c>partner</c>, <c>instance</c>), sorted by name.</param>
/// <param name="SkippedSpecs">Spec files not emitted because an earlier file (by path) already defines their method.</param>
/// <param name="Errors">The clash diagnostics.</param>
/// <param name="Endpoints">The endpoint classes of the emitted endpoints, sorted by spec id (for the contract entries).</param>
/// <param name="EndpointFiles">The spec file of each of <paramref name="Endpoints"/>, in the same order.</param>
internal sealed record SpecCatalog(EquatableArray<ClientGroup> Clients, EquatableArray<string> SkippedSpecs, EquatableArray<SpecError> Errors, EquatableArray<string> Endpoints, EquatableArray<string> EndpointFiles);

/// <summary>One client class: its group name, its generated names, and whether it works on an instance (any of its specs is instance-bound).</summary>
internal sealed record ClientGroup(string Name, bool IsInstanceBound, ZApi.Specs.Plans.ClientNames Names);

using System.Linq;
using ZApi.Specs.Model;

namespace ZApi.Generator.Model;

/// <summary>
/// The specs whose code is emitted, as the shared files see them: client groups, endpoint ids
/// (contract entries) and event kinds (dispatcher), without those skipped for a type that clashes
/// with another spec's (ZAPI018). Small and value-equal, so a spec edit that changes none of it
/// leaves the shared files cached.
/// </summary>
internal sealed record EmittedSpecs(EquatableArray<ClientGroup> Clients, EquatableArray<string> Endpoints, EquatableArray<EventRoute> Events)
{
    public bool IsEmpty => Clients.IsEmpty && Events.IsEmpty;

    public static EmittedSpecs From(SpecCatalog endpoints, EventCatalog events, TypeCatalog types)
    {
        EquatableArray<string> conflicting = types.ConflictingSpecs;
        if (conflicting.IsEmpty)
        {
            return new EmittedSpecs(endpoints.Clients, endpoints.Endpoints, events.Events);
        }

        return new EmittedSpecs(
            endpoints.Clients,
            endpoints.Endpoints.Where((id, i) => !conflicting.Contains(endpoints.EndpointFiles[i])).ToEquatableArray(),
            events.Events.Where(e => !conflicting.Contains(e.FilePath)).ToEquatableArray());
    }
}

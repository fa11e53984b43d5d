using System.Linq;
using ZApi.Specs.Model;

namespace ZApi.Generator.Model;

/// <summary>
/// The spec files whose code is not emitted, built once each: <see cref="Duplicates"/> (an earlier
/// file already defines the endpoint or event kind) feeds the type merge, and <see cref="All"/>
/// (those, and specs whose named type clashes) keeps their files out of the output.
/// </summary>
internal static class SkippedSpecs
{
    public static EquatableArray<string> Duplicates(SpecCatalog endpoints, EventCatalog events) =>
        endpoints.SkippedSpecs.Concat(events.SkippedSpecs).ToEquatableArray();

    public static EquatableArray<string> All(EquatableArray<string> duplicates, TypeCatalog types) =>
        types.ConflictingSpecs.IsEmpty ? duplicates : duplicates.Concat(types.ConflictingSpecs).ToEquatableArray();
}

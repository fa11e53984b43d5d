using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Naming;

namespace ZApi.Specs.Plans;

/// <summary>Turns an event spec into its <see cref="EventPlan"/>: the one place its names are derived.</summary>
public static class EventPlanner
{
    public static EventPlan Plan(EventSpec spec) => new(
        spec.Id,
        Names(spec.Id),
        new EventKind(spec.Type, spec.Present, spec.Notifications),
        spec.Members.Select(m => new EventMember(m.Name, CSharpNames.ToPascalCase(m.Name), m.Type, m.IsRequired, m.Forever)).ToEquatableArray());

    /// <summary>The names of the event spec <paramref name="id"/> (the spec reader checks its types against <see cref="EventNames.Record"/>).</summary>
    public static EventNames Names(string id)
    {
        string pascal = CSharpNames.ToPascalCase(id);
        string record = pascal + "Event";
        return new EventNames(record, record + "Json", "On" + pascal, $"ZApi.Events.{record}.g.cs");
    }
}

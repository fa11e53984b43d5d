using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Model;
using ZApi.Specs.Validation;
using ZApi.Specs.Yaml;

namespace ZApi.Specs.Parsing;

/// <summary>
/// Event specs: a payload Z-API sends to the user's webhook (an <c>event</c> section instead of a
/// route and responses). The same attributes, named types and examples as endpoint specs.
/// </summary>
internal sealed partial class SpecReader
{
    /// <summary>Whether the file describes a webhook payload: its root has an <c>event</c> key.</summary>
    public static bool IsEventSpec(YamlNode root) => root is YamlMapping mapping && mapping.Entries.Any(e => e.Key.Value == "event");

    public EventSpec? ReadEvent(YamlNode root)
    {
        SourceSpan fileStart = new(0, 0, 0, 0, 0, 0);
        MappingReader? spec = MappingReader.Open(root, "the event spec", fileStart, _context, SpecKeys.Root.Union(SpecKeys.EventRoot).ToArray(), SpecKeys.EventRootRequired);
        if (spec is null)
        {
            return null;
        }

        foreach (string endpointOnly in SpecKeys.Root.Except(SpecKeys.EventRoot))
        {
            if (spec.Find(endpointOnly) is not null)
            {
                _context.Report(SpecErrorKind.InvalidValue, $"An event spec describes a payload Z-API sends to your webhook: it has no '{endpointOnly}' (only endpoint specs do). Remove it, or remove 'event' if this is an endpoint.", spec.KeySpan(endpointOnly));
            }
        }

        YamlScalar? id = spec.Scalar("id", required: true);
        string? title = spec.Text("title", required: true);
        string? summary = spec.Text("summary", required: false);
        string? deprecated = spec.Text("deprecated", required: false);
        YamlScalar? page = spec.Scalar("page", required: false);
        CheckPage(page);
        EquatableArray<Departure> departures = ReadDepartures(spec);
        CheckKebabName(id, "id", "the event id, such as 'received-text'");
        string recordName = id is null ? string.Empty : Plans.EventPlanner.Names(id.Value).Record;
        _typePrefix = recordName;
        if (id is not null)
        {
            CheckFileName(id);
        }

        EquatableArray<TypeDefinition> types = OpenUnlessRequested(ReadTypes(spec), RequestSpec.Empty);
        if (types.Any(t => t.Name == recordName))
        {
            TypeDefinition clash = types.First(t => t.Name == recordName);
            _context.Report(SpecErrorKind.NameCollision, $"The type '{clash.Name}' has the name of the event's own record (the id '{id!.Value}' and 'Event'); name it apart.", clash.NameSpan);
        }

        MappingReader? section = MappingReader.Open(spec.Node("event"), "'event'", spec.KeySpan("event"), _context, SpecKeys.Event, SpecKeys.EventRequired);
        if (section is null || id is null || title is null)
        {
            return null;
        }

        YamlScalar? type = section.Scalar("type", required: true);
        if (type is not null && !IsDiscriminator(type))
        {
            type = null;
        }

        YamlScalar? present = section.Scalar("present", required: false);
        if (present is not null && !CheckVisibleName(present, "content member"))
        {
            present = null;
        }

        EquatableArray<string> notifications = ReadNotifications(section);
        if (present is not null && !notifications.IsEmpty)
        {
            _context.Report(SpecErrorKind.InvalidValue, "'present' and 'notification' each tell a kind apart; a kind has one of them (or neither, for the default of its 'type').", section.KeySpan("notification"));
        }

        int errorsBefore = _context.Count;
        var members = new List<SpecAttribute>();
        ReadAttributes(section.Sequence("required"), isRequired: true, "'event.required'", AttributeRole.Member, members);
        ReadAttributes(section.Sequence("optional"), isRequired: false, "'event.optional'", AttributeRole.Member, members);
        CheckNames(members, "'event'", recordName);
        CheckPresentMember(section, present, members);
        EquatableArray<SpecAttribute> attributes = members.ToEquatableArray();
        ExampleShape? shape = _context.Count == errorsBefore ? ExampleShape.Object(attributes) : null;
        EquatableArray<SpecExample> examples = ReadExamples(section, "event", shape);
        types = FinishOpenEnums(types, new HashSet<string>(), EnumOpenness.AnswerTypes(attributes, types));
        if (type is null)
        {
            return null;
        }

        if (shape is not null)
        {
            CheckExampleKinds(examples, new Plans.EventKind(type.Value, present?.Value, notifications));
        }

        return new EventSpec(_context.FilePath, id.Value, id.Span, title, summary, page?.Value, type.Value, type.Span, present?.Value, notifications, attributes, examples, types, deprecated, departures);
    }

    /// <summary>
    /// Each example is a payload of this kind: its <c>type</c> is the event's (ignoring case), and it
    /// carries the <c>present</c> object or one of the notification codes, so the dispatcher reads it as this kind.
    /// </summary>
    private void CheckExampleKinds(EquatableArray<SpecExample> examples, Plans.EventKind kind)
    {
        for (int i = 0; i < examples.Count; i++)
        {
            SpecExample example = examples[i];
            Json.JsonValue json;
            try
            {
                json = Json.JsonTextParser.Parse(example.Json);
            }
            catch (Json.JsonSyntaxException)
            {
                continue; // reported where the example was read
            }

            string what = examples.Count == 1 ? "The event example" : $"Event example {i + 1}";
            switch (Plans.EventKinds.Mismatch(kind, json))
            {
                case Plans.EventKindMismatch.Type:
                    string? actualType = Plans.EventKinds.Type(json);
                    _context.Report(SpecErrorKind.ExampleWrongType, $"{what} has \"type\": {(actualType is null ? "(none)" : "\"" + actualType + "\"")}, but the event is 'type: {kind.Type}': the payload would be read as another kind.", example.Span);
                    break;
                case Plans.EventKindMismatch.Present:
                    _context.Report(SpecErrorKind.ExampleWrongType, $"{what} has no \"{kind.Present}\" object, which tells this kind apart ('present: {kind.Present}'): the payload would be read as another kind.", example.Span);
                    break;
                case Plans.EventKindMismatch.Notification:
                    _context.Report(SpecErrorKind.ExampleWrongType, $"{what} has no \"notification\" of {string.Join(", ", kind.Notifications)}, which tells this kind apart: the payload would be read as another kind.", example.Span);
                    break;
            }
        }
    }

    /// <summary><c>type</c> and <c>notification</c> values are compared with what the payload carries: visible ASCII, bounded.</summary>
    private bool IsDiscriminator(YamlScalar value)
    {
        if (value.Value.Length == 0 || value.Value.Length > SpecLimits.MaxIdLength || value.Value.Any(c => c <= ' ' || c > '~'))
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'{value.Value}' is not a value a payload carries here: write it as documented (letters, digits and punctuation, no spaces, at most {SpecLimits.MaxIdLength} characters), such as 'ReceivedCallback' or 'CALL_VOICE'.", value.Span);
            return false;
        }

        return true;
    }

    /// <summary><c>notification</c>: one code, or a list of codes that share one payload shape.</summary>
    private EquatableArray<string> ReadNotifications(MappingReader section)
    {
        YamlNode? node = section.Node("notification");
        if (node is null || (node is YamlScalar empty && empty.IsNull))
        {
            return EquatableArray<string>.Empty;
        }

        IEnumerable<YamlNode> items = node is YamlSequence list ? list.Items : new[] { node };
        var codes = new List<string>();
        foreach (YamlNode item in items)
        {
            if (item is not YamlScalar code || code.IsNull)
            {
                _context.Report(SpecErrorKind.WrongNodeKind, $"'notification' is a code (CALL_VOICE) or a list of codes, not {item.KindName}.", item.Span);
                continue;
            }

            if (!IsDiscriminator(code))
            {
                continue;
            }

            if (codes.Contains(code.Value))
            {
                _context.Report(SpecErrorKind.InvalidValue, $"The notification code '{code.Value}' is listed twice.", code.Span);
                continue;
            }

            codes.Add(code.Value);
        }

        return codes.ToEquatableArray();
    }

    /// <summary>The member whose presence tells the kind apart must be one the kind declares, as an object.</summary>
    private void CheckPresentMember(MappingReader section, YamlScalar? present, List<SpecAttribute> members)
    {
        if (present is null)
        {
            return;
        }

        SpecAttribute? member = members.FirstOrDefault(m => m.Name == present.Value);
        if (member is null)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'present: {present.Value}' tells this kind apart by its '{present.Value}' member, which 'event.required' and 'event.optional' do not declare.", present.Span);
            return;
        }

        bool isObject = member.Type.Kind is AttributeType.Json or AttributeType.Map
            || (member.Type.Kind == AttributeType.Named && _types.TryGetValue(member.Type.Name!, out TypeDefinition? named) && !named.IsEnum);
        if (!isObject)
        {
            _context.Report(SpecErrorKind.InvalidValue, $"'present: {present.Value}' tells kinds apart by a JSON object member; '{present.Value}' is '{member.Type}'.", section.KeySpan("present"));
        }
    }
}

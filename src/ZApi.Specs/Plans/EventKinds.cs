using System;
using System.Collections.Generic;
using System.Linq;
using ZApi.Specs.Json;
using ZApi.Specs.Model;

namespace ZApi.Specs.Plans;

/// <summary>
/// What tells one event kind apart among the payloads Z-API posts: its <c>type</c> value (compared
/// ignoring case, as the documentation writes both <c>ReceivedCallback</c> and <c>ReceivedCallBack</c>),
/// and among the kinds of one type a <c>notification</c> code or a content member that holds an object;
/// a kind with neither is the default of its type.
/// </summary>
/// <param name="Type">The payload's <c>type</c> value, as the spec writes it.</param>
/// <param name="Present">The content member whose object tells the kind apart, or null.</param>
/// <param name="Notifications">The <c>notification</c> codes that tell the kind apart, or empty.</param>
public sealed record EventKind(string Type, string? Present, EquatableArray<string> Notifications)
{
    /// <summary>The kind every payload of <see cref="Type"/> that no other kind claims falls to.</summary>
    public bool IsDefaultOfType => Present is null && Notifications.IsEmpty;
}

/// <summary>Why a payload is not one of a kind (<see cref="EventKinds.Mismatch"/>).</summary>
public enum EventKindMismatch
{
    /// <summary>The kind claims the payload.</summary>
    None,

    /// <summary>The payload's <c>type</c> is another (or missing, or not a string).</summary>
    Type,

    /// <summary>The kind is told apart by a content member, and the payload has no object there.</summary>
    Present,

    /// <summary>The kind is told apart by notification codes, and the payload has none of them.</summary>
    Notification,
}

/// <summary>
/// The event-kind rule, the one place it is written: which kind claims a payload. Among the kinds
/// of the payload's <c>type</c>, a notification code first, then a content member that holds an
/// object (in the order of <see cref="InPrecedence{T}"/>), then the default of the type. The spec
/// reader (each example is a payload of its kind), the generator (which claims two kinds may not
/// share, the order the dispatcher tests them in) and <c>zapi check</c> (which spec a page's
/// payload belongs to) all ask it.
/// </summary>
public static class EventKinds
{
    /// <summary>The payload member that names its type (<c>ReceivedCallback</c>, <c>MessageStatusCallback</c>, ...).</summary>
    public const string TypeMember = "type";

    /// <summary>The payload member whose code tells apart kinds of one type (<c>CALL_VOICE</c>, ...).</summary>
    public const string NotificationMember = "notification";

    /// <summary>Types compare ignoring case: the documentation writes them both ways.</summary>
    public static readonly StringComparer TypeComparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>Whether two type values are the same type.</summary>
    public static bool SameType(string a, string b) => TypeComparer.Equals(a, b);

    /// <summary>Whether <paramref name="kind"/> would claim <paramref name="payload"/> if no other kind of its type did, and if not, why.</summary>
    public static EventKindMismatch Mismatch(EventKind kind, JsonValue payload)
    {
        string? type = Type(payload);
        if (type is null || !SameType(type, kind.Type))
        {
            return EventKindMismatch.Type;
        }

        if (kind.Present is not null && !HasObject(payload, kind.Present))
        {
            return EventKindMismatch.Present;
        }

        if (!kind.Notifications.IsEmpty && (Notification(payload) is not { } code || !kind.Notifications.Contains(code)))
        {
            return EventKindMismatch.Notification;
        }

        return EventKindMismatch.None;
    }

    /// <summary>The one of <paramref name="candidates"/> that claims the payload, or null.</summary>
    public static T? Choose<T>(IEnumerable<T> candidates, Func<T, EventKind> kindOf, JsonValue payload)
        where T : class
    {
        if (Type(payload) is not { } type)
        {
            return null;
        }

        string? notification = Notification(payload);
        return Choose(candidates.Where(c => SameType(kindOf(c).Type, type)), kindOf, notification, member => HasObject(payload, member));
    }

    /// <summary>The one of <paramref name="ofType"/> (kinds of the payload's type) that claims a payload with this notification and these objects, or null.</summary>
    public static T? Choose<T>(IEnumerable<T> ofType, Func<T, EventKind> kindOf, string? notification, Func<string, bool> hasObject)
        where T : class
    {
        foreach (T candidate in InPrecedence(ofType, kindOf))
        {
            EventKind kind = kindOf(candidate);
            if (!kind.Notifications.IsEmpty ? notification is not null && kind.Notifications.Contains(notification)
                : kind.Present is not null ? hasObject(kind.Present)
                : true)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The kinds of one type in the order they are asked: those told apart by a notification code, then those
    /// told apart by a content member, then the default; within each, in the order given (the generator's and
    /// the tool's: by spec id), so a payload with two content objects reads the same way everywhere.
    /// </summary>
    public static IEnumerable<T> InPrecedence<T>(IEnumerable<T> ofType, Func<T, EventKind> kindOf)
    {
        List<T> all = ofType.ToList();
        return all.Where(k => !kindOf(k).Notifications.IsEmpty)
            .Concat(all.Where(k => kindOf(k).Present is not null))
            .Concat(all.Where(k => kindOf(k).IsDefaultOfType));
    }

    /// <summary>
    /// The payloads a kind claims, as keys two kinds may not share, each with what it means in words: per type
    /// (ignoring case), the default, one content member, or one notification code each.
    /// </summary>
    public static IEnumerable<(string Key, string What)> Claims(EventKind kind)
    {
        string type = kind.Type.ToUpperInvariant();
        if (kind.IsDefaultOfType)
        {
            return new[] { (type + "\n", $"the payloads of type '{kind.Type}' that no other kind claims") };
        }

        return kind.Present is not null
            ? new[] { (type + "\npresent\n" + kind.Present, $"the payloads of type '{kind.Type}' with a '{kind.Present}' object") }
            : kind.Notifications.Select(code => (type + "\nnotification\n" + code, $"the payloads of type '{kind.Type}' with notification '{code}'"));
    }

    /// <summary>The payload's <c>type</c>, when it is an object with a string there.</summary>
    public static string? Type(JsonValue payload) => payload.Kind == JsonKind.Object && payload[TypeMember] is { Kind: JsonKind.String, Text: { } type } ? type : null;

    /// <summary>The payload's <c>notification</c>, when it is a string.</summary>
    public static string? Notification(JsonValue payload) => payload.Kind == JsonKind.Object && payload[NotificationMember] is { Kind: JsonKind.String, Text: { } code } ? code : null;

    private static bool HasObject(JsonValue payload, string member) => payload.Kind == JsonKind.Object && payload[member]?.Kind == JsonKind.Object;
}

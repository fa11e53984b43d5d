using System;
using System.Collections.Generic;

namespace ZApi.Specs.Plans;

/// <summary>
/// The webhook members whose text repeats from one payload to the next, so the one-pass reader keeps
/// their strings (a small table per member, each string found again by its UTF-8 bytes) instead of
/// decoding a new one on every read: <c>type</c>, <c>notification</c> and <c>status</c>, a few codes
/// each; and what names the instance, the same on every webhook the instance sends. The table of an
/// instance member is small, so an app that serves many instances compares a few entries and then
/// decodes as it would have.
/// </summary>
public static class KeptTexts
{
    /// <summary>The kept members, in the order their tables are written.</summary>
    public static IReadOnlyList<KeptText> Members { get; } = new[]
    {
        new KeptText(EventKinds.TypeMember, "TypeTexts", 32),
        new KeptText(EventKinds.NotificationMember, "NotificationTexts", 32),
        new KeptText("status", "StatusTexts", 16),
        new KeptText("instanceId", "InstanceIdTexts", 4),
        new KeptText("connectedPhone", "ConnectedPhoneTexts", 4),
    };

    /// <summary>The kept member of that name, or null.</summary>
    public static KeptText? Of(string member)
    {
        foreach (KeptText kept in Members)
        {
            if (string.Equals(kept.Member, member, StringComparison.Ordinal))
            {
                return kept;
            }
        }

        return null;
    }
}

/// <summary>A member whose strings are kept.</summary>
/// <param name="Member">The member's name in the payload.</param>
/// <param name="Table">The name of its table in the generated dispatcher.</param>
/// <param name="Bound">How many spellings the table keeps at most.</param>
public sealed record KeptText(string Member, string Table, int Bound);

using System;

namespace ZApi.Specs.Naming;

/// <summary>
/// The naming discipline that keeps every generated C# name unique by construction. Runtime types
/// start with <c>ZApi</c>; the types an endpoint spec generates end with <c>Request</c>,
/// <c>Response</c> or <c>Endpoint</c>; an event spec's record ends with <c>Event</c>; client classes end with <c>Client</c>; the JSON helpers of
/// a named type end with <c>Json</c>. A named type, id or client group may take none of these, so
/// no spec name can equal a runtime name or another spec's generated name. Names are ASCII, so
/// "unique ignoring case" (how hint names and file systems compare) means the same everywhere.
/// </summary>
public static partial class GeneratedNames
{
    /// <summary>The prefix of every runtime type (<c>ZApiClientOptions</c>, <c>ZApiException</c>, ...).</summary>
    public const string RuntimePrefix = "ZApi";

    /// <summary>Suffixes of the names the generator derives from ids, client groups and named types.</summary>
    public static readonly string[] DerivedSuffixes = { "Client", "Request", "Response", "Endpoint", "Event", "Json" };

    /// <summary>Why <paramref name="typeName"/> cannot name a spec type, or null when it can.</summary>
    public static string? ReservedBy(string typeName)
    {
        if (typeName.StartsWith(RuntimePrefix, StringComparison.Ordinal))
        {
            return $"names starting with '{RuntimePrefix}' belong to the generated runtime";
        }

        foreach (string suffix in DerivedSuffixes)
        {
            if (typeName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return $"names ending in '{suffix}' belong to the generated {(suffix == "Json" ? "JSON helpers of named types" : suffix == "Client" ? "client classes" : suffix == "Event" ? "webhook event records" : "endpoint types")}";
            }
        }

        return null;
    }

    /// <summary>Why a kebab-case id or client group cannot be used, or null: its PascalCase form may not start with <c>ZApi</c>.</summary>
    public static string? ReservedStem(string kebab) =>
        CSharpNames.ToPascalCase(kebab).StartsWith(RuntimePrefix, StringComparison.Ordinal)
            ? $"its C# form '{CSharpNames.ToPascalCase(kebab)}' starts with '{RuntimePrefix}', which belongs to the generated runtime"
            : null;
}

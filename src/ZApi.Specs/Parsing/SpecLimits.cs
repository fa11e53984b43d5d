namespace ZApi.Specs.Parsing;

/// <summary>
/// How long each kind of spec text may be. Names become C# identifiers and metadata names, which
/// the compiler bounds (CS7013 past 1,023 UTF-8 bytes); hints and routes become string literals.
/// Each limit is far above what the documentation uses, and far below what would break a build.
/// </summary>
public static class SpecLimits
{
    /// <summary>Attribute, parameter and enum value names (they become properties, parameters and enum members).</summary>
    public const int MaxNameLength = 200;

    /// <summary>Ids and client groups (they become type and method names).</summary>
    public const int MaxIdLength = 100;

    /// <summary>Named types (PascalCase).</summary>
    public const int MaxTypeNameLength = 100;

    /// <summary>A route, with its parameters (a URL longer than a few kilobytes is refused by most servers anyway).</summary>
    public const int MaxRouteLength = 2048;

    /// <summary>The documented advice of one error status (it becomes a string literal and part of every message of that status).</summary>
    public const int MaxHintLength = 4096;

    /// <summary>The longest note text (<c>notes[].text</c>): the documentation's longest box is a few thousand characters.</summary>
    public const int MaxNoteLength = 16384;
}

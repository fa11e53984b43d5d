using System.Collections.Generic;

namespace ZApi.Specs.Naming;

/// <summary>
/// The C# keywords that need (reserved) or deserve (contextual) an <c>@</c> when used as parameter
/// names: <c>@await</c> in an async method and <c>@nameof</c> beside a <c>nameof(...)</c> call both
/// compile, where the bare word would not.
/// </summary>
internal static class CSharpKeywords
{
    private static readonly HashSet<string> Keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>Words that are keywords only in some places; with an <c>@</c> they are plain names everywhere.</summary>
    private static readonly HashSet<string> ContextualKeywords = new()
    {
        "add", "alias", "allows", "and", "args", "ascending", "async", "await", "by", "descending", "dynamic", "equals",
        "extension", "field", "file", "from", "get", "global", "group", "init", "into", "join", "let", "managed", "nameof",
        "nint", "not", "notnull", "nuint", "on", "or", "orderby", "partial", "record", "remove", "required", "scoped",
        "select", "set", "unmanaged", "value", "var", "when", "where", "with", "yield",
    };

    public static bool IsKeyword(string name) => Keywords.Contains(name);

    public static bool IsContextualKeyword(string name) => ContextualKeywords.Contains(name);
}

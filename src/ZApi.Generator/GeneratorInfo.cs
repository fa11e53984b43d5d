namespace ZApi.Generator;

/// <summary>Facts about this generator that appear in generated code.</summary>
public static class GeneratorInfo
{
    /// <summary>The version written into <c>[GeneratedCode]</c>; kept in step with the package version.</summary>
    public const string Version = "0.1.0";
}

namespace ZApi.Generator;

/// <summary>Facts about this generator that appear in generated code.</summary>
public static class GeneratorInfo
{
    /// <summary>The version written into <c>[GeneratedCode]</c>: the VersionPrefix of Directory.Build.props (a test keeps them in step).</summary>
    public const string Version = "0.2.0";
}

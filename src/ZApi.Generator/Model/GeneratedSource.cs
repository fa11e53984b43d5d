namespace ZApi.Generator.Model;

/// <summary>One generated file: hint name and text. Value-equal, so an unchanged spec re-emits nothing.</summary>
/// <param name="HintName">The file's name in the compilation, such as <c>ZApi.PartnerClient.CreateInstance.g.cs</c>.</param>
/// <param name="Text">The C# source.</param>
/// <param name="SpecPath">The spec it comes from, or null for shared files.</param>
internal sealed record GeneratedSource(string HintName, string Text, string? SpecPath);

using ZApi.Specs.Naming;

namespace ZApi.Specs.Plans;

/// <summary>The C# names a client group generates (the rule: <see cref="GeneratedNames"/>), made once per group.</summary>
/// <param name="Group">The client group as the specs write it (<c>partner</c>).</param>
/// <param name="ClassName"><c>PartnerClient</c>.</param>
/// <param name="HintName"><c>ZApi.PartnerClient.g.cs</c>: the client class's file.</param>
/// <param name="Registration"><c>AddZApiPartnerClient</c>: its DI registration.</param>
public sealed record ClientNames(string Group, string ClassName, string HintName, string Registration)
{
    public static ClientNames For(string group) =>
        new(group, GeneratedNames.ClientClass(group), GeneratedNames.ClientHintName(group), GeneratedNames.ClientRegistration(group));
}

using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Model;

/// <summary>The consumer's MSBuild options, as the generator reads them.</summary>
/// <param name="Namespace">Namespace of every generated type (<c>ZApiNamespace</c>, default <c>ZApi</c>).</param>
/// <param name="Errors">Problems with the options themselves.</param>
/// <param name="EmitContracts">Whether to emit contract entries for the contract harness (<c>ZApiContracts</c>, off by default).</param>
/// <param name="Accessibility">Accessibility of the generated public types (<c>ZApiAccessibility</c>: <c>public</c> or <c>internal</c>).</param>
/// <param name="ContractsOnly">
/// A test project that references the project which compiled the client (<c>ZApiContractsClient</c>, set by
/// the props from the referenced project's specs): only the contract entries are emitted, against that
/// project's client, so no type is generated twice.
/// </param>
internal sealed record GeneratorOptions(string Namespace, EquatableArray<SpecError> Errors, bool EmitContracts = false, string Accessibility = "public", bool ContractsOnly = false)
{
    public const string DefaultNamespace = "ZApi";

    /// <summary>The namespace, nested in <see cref="Namespace"/>, of the contract-only helpers (entries and JSON code), which the referenced client keeps internal.</summary>
    public const string ContractSupportNamespace = "ZApiContractSupport";

    /// <summary>Where the files of endpoints, types and events go: the namespace, or its contract-support namespace in <see cref="ContractsOnly"/> mode.</summary>
    public string CodeNamespace => ContractsOnly ? Namespace + "." + ContractSupportNamespace : Namespace;
}

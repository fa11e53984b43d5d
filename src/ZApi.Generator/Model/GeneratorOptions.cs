using ZApi.Specs.Model;
using ZApi.Specs.Validation;

namespace ZApi.Generator.Model;

/// <summary>The consumer's MSBuild options, as the generator reads them.</summary>
/// <param name="Namespace">Namespace of every generated type (<c>ZApiNamespace</c>, default <c>ZApi</c>).</param>
/// <param name="Errors">Problems with the options themselves.</param>
/// <param name="EmitContracts">Whether to emit contract entries for the contract harness (<c>ZApiContracts</c>, off by default).</param>
/// <param name="Accessibility">Accessibility of the generated public types (<c>ZApiAccessibility</c>: <c>public</c> or <c>internal</c>).</param>
internal sealed record GeneratorOptions(string Namespace, EquatableArray<SpecError> Errors, bool EmitContracts = false, string Accessibility = "public")
{
    public const string DefaultNamespace = "ZApi";
}

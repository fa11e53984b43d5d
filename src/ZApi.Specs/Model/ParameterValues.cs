using System.Globalization;
using System.Linq;

namespace ZApi.Specs.Model;

/// <summary>
/// The values path and query parameters take in contract tests: the documented example, or a
/// default of the parameter's type. The generator (contract entries) and the harness (expected
/// request) both ask here, so they always agree.
/// </summary>
public static class ParameterValues
{
    /// <summary>The text sent for <paramref name="parameter"/>, before URL escaping; null for an optional parameter without example (not sent).</summary>
    public static string? ForContract(SpecAttribute parameter, Spec spec)
    {
        if (parameter.Example is not null)
        {
            return parameter.Example;
        }

        if (!parameter.IsRequired)
        {
            return null;
        }

        return parameter.Type.Kind switch
        {
            AttributeType.Boolean => "true",
            AttributeType.Integer or AttributeType.Number => "1",
            AttributeType.Timestamp => "0",
            AttributeType.Named => spec.FindType(parameter.Type.Name!)?.EnumValues.FirstOrDefault() ?? "example",
            _ => "example",
        };
    }

    /// <summary>Whether an example text is a value of the parameter's type.</summary>
    public static bool Fits(string text, TypeRef type, System.Func<string, TypeDefinition?> findType) => type.Kind switch
    {
        AttributeType.Boolean => text is "true" or "false",
        AttributeType.Integer => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        AttributeType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && !double.IsInfinity(number) && !double.IsNaN(number),
        AttributeType.Timestamp => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long ms) && ms <= 253402300799999,
        AttributeType.Named => findType(type.Name!)?.EnumValues.Contains(text) ?? false,
        _ => true,
    };
}

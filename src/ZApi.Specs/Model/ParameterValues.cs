using System;
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
    /// <summary>The instance id contract entries bind an instance client to (the placeholder the documentation's URLs use).</summary>
    public const string ContractInstanceId = "SUA_INSTANCIA";

    /// <summary>The instance token contract entries bind an instance client to (the placeholder the documentation's URLs use).</summary>
    public const string ContractInstanceToken = "SEU_TOKEN";

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
            AttributeType.Integer or AttributeType.Long or AttributeType.Number => "1",
            AttributeType.Timestamp or AttributeType.TimestampSeconds => "0",
            AttributeType.DateTime => "2024-01-01T00:00:00+00:00",
            AttributeType.Named => spec.FindType(parameter.Type.Name!)?.EnumValues.FirstOrDefault() ?? "example",
            _ => "example",
        };
    }

    /// <summary>The documented route with the contract values in place (instance id and token included), before URL escaping of anything but the values.</summary>
    public static string ContractPath(Spec spec)
    {
        string path = spec.Route;
        if (spec.IsInstanceBound)
        {
            path = path.Replace("{instanceId}", Uri.EscapeDataString(ContractInstanceId)).Replace("{instanceToken}", Uri.EscapeDataString(ContractInstanceToken));
        }

        foreach (SpecAttribute parameter in spec.Request.Path)
        {
            path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(ForContract(parameter, spec)!));
        }

        return path;
    }

    /// <summary>Whether an example text is a value of the parameter's type.</summary>
    public static bool Fits(string text, TypeRef type, Func<string, TypeDefinition?> findType) => type.Kind switch
    {
        AttributeType.Boolean => text is "true" or "false",
        AttributeType.Integer => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        AttributeType.Long => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        AttributeType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && !double.IsInfinity(number) && !double.IsNaN(number),
        AttributeType.Timestamp => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long ms) && ms >= MinMilliseconds && ms <= MaxMilliseconds,
        AttributeType.TimestampSeconds => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long s) && s >= MinMilliseconds / 1000 && s <= MaxMilliseconds / 1000,
        AttributeType.DateTime => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
        AttributeType.Named => findType(type.Name!) is { IsEnum: true } named && (named.IsOpen || named.EnumValues.Contains(text)),
        AttributeType.String => true,
        _ => false,
    };

    /// <summary>The range of epoch milliseconds a <c>DateTimeOffset</c> holds (years 1 to 9999).</summary>
    public const long MinMilliseconds = -62135596800000;

    /// <inheritdoc cref="MinMilliseconds"/>
    public const long MaxMilliseconds = 253402300799999;
}

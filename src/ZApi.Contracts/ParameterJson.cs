using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using ZApi.Specs.Model;

namespace ZApi.Contracts;

/// <summary>
/// The path and query values an entry calls its method with, as the JSON object of strings the
/// generated <c>ParseParameters</c> reads (every parameter type is read from its text).
/// </summary>
internal static class ParameterJson
{
    /// <summary>The documented example values (or a default of each required parameter's type), as the documented case sends them.</summary>
    public static string Documented(Spec spec)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (SpecAttribute parameter in spec.Request.Path)
        {
            values.Add(new(parameter.Name, ParameterValues.ForContract(parameter, spec)!));
        }

        foreach (SpecAttribute parameter in spec.Request.Query)
        {
            if (ParameterValues.ForContract(parameter, spec) is { } value)
            {
                values.Add(new(parameter.Name, value));
            }
        }

        return Write(values);
    }

    /// <summary>A JSON object of the given names and texts.</summary>
    public static string Write(IEnumerable<KeyValuePair<string, string>> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (KeyValuePair<string, string> value in values)
            {
                writer.WriteString(value.Key, value.Value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

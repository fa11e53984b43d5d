using System.Collections.Generic;
using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using ZApi.Specs.Validation;

namespace ZApi.Specs.Yaml;

/// <summary>
/// A spec file as JSON, through the same YAML reader the parser uses, so a standard JSON Schema
/// validator can check it against <c>zapi-spec.schema.json</c> the way an editor does. Plain
/// scalars take the types of YAML's core schema (null, booleans, integers, floats); quoted and block
/// scalars stay strings.
/// </summary>
public static class YamlJson
{
    /// <summary>The JSON form of <paramref name="yaml"/>, or null when it is not YAML the spec reader accepts.</summary>
    public static string? ToJson(string yaml, string filePath = "spec.zapi.yaml")
    {
        var errors = new List<SpecError>();
        YamlNode? root = YamlTreeReader.Read(yaml, filePath, errors);
        if (root is null || errors.Count > 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        Write(builder, root);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, YamlNode node)
    {
        // Specs are at most 64 levels deep (the reader refuses more), so recursion is bounded.
        switch (node)
        {
            case YamlMapping mapping:
                builder.Append('{');
                for (int i = 0; i < mapping.Entries.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    WriteString(builder, mapping.Entries[i].Key.Value);
                    builder.Append(':');
                    Write(builder, mapping.Entries[i].Value);
                }

                builder.Append('}');
                return;
            case YamlSequence sequence:
                builder.Append('[');
                for (int i = 0; i < sequence.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, sequence.Items[i]);
                }

                builder.Append(']');
                return;
            case YamlScalar scalar:
                WriteScalar(builder, scalar);
                return;
        }
    }

    private static void WriteScalar(StringBuilder builder, YamlScalar scalar)
    {
        if (scalar.Style != ScalarStyle.Plain)
        {
            WriteString(builder, scalar.Value);
            return;
        }

        string value = scalar.Value;
        if (scalar.IsNull)
        {
            builder.Append("null");
        }
        else if (value is "true" or "True" or "TRUE")
        {
            builder.Append("true");
        }
        else if (value is "false" or "False" or "FALSE")
        {
            builder.Append("false");
        }
        else if (IsDecimalInteger(value))
        {
            builder.Append(value.TrimStart('+'));
        }
        else if (ZApi.Specs.Json.DecimalText.IsDecimal(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && !double.IsInfinity(number))
        {
            builder.Append(number.ToString("R", CultureInfo.InvariantCulture));
        }
        else
        {
            WriteString(builder, value);
        }
    }

    private static bool IsDecimalInteger(string value)
    {
        int start = value.Length > 0 && (value[0] == '-' || value[0] == '+') ? 1 : 0;
        if (start == value.Length)
        {
            return false;
        }

        for (int i = start; i < value.Length; i++)
        {
            if (value[i] < '0' || value[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}

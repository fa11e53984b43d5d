using System;
using System.IO;
using System.Text;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace ZApi.Benchmarks;

/// <summary>Where the repository is, and the documented create-instance example read from its spec.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string BenchmarksDirectory => Path.Combine(Root, "benchmarks", "ZApi.Benchmarks");

    public static string CreateInstanceSpecPath => Path.Combine(Root, "specs", "partner", "create-instance.zapi.yaml");

    public static string SendTextSpecPath => Path.Combine(Root, "specs", "message", "send-text.zapi.yaml");

    /// <summary>send-text's request example and its 200 example, exactly as documented.</summary>
    public static SendTextExample SendTextExample { get; } = ReadSendTextExample();

    /// <summary>The spec's request and 201 examples, exactly as documented (commas restored in the spec).</summary>
    public static DocumentedExample CreateInstanceExample { get; } = ReadExample();

    private static DocumentedExample ReadExample()
    {
        // Read with YamlDotNet directly, not through the spec model, so the benchmark does not follow the model's shape.
        var yaml = new YamlStream();
        using (var reader = new StreamReader(CreateInstanceSpecPath))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        string request = Scalar(Child(Child(root, "request"), "example"));
        var responses = (YamlMappingNode)Child(root, "responses");
        int status = 0;
        string? response = null;
        foreach (var entry in responses.Children)
        {
            int code = int.Parse(Scalar(entry.Key), System.Globalization.CultureInfo.InvariantCulture);
            if (code is >= 200 and <= 299)
            {
                status = code;
                response = Scalar(Child(entry.Value, "example"));
                break;
            }
        }

        if (response is null)
        {
            throw new InvalidOperationException("create-instance.zapi.yaml documents no 2xx example");
        }

        using JsonDocument requestJson = JsonDocument.Parse(request);
        JsonElement r = requestJson.RootElement;
        return new DocumentedExample(
            status,
            Encoding.UTF8.GetBytes(response),
            r.GetProperty("name").GetString()!,
            r.GetProperty("sessionName").GetString()!,
            r.GetProperty("deliveryCallbackUrl").GetString()!,
            r.GetProperty("receivedCallbackUrl").GetString()!,
            r.GetProperty("disconnectedCallbackUrl").GetString()!,
            r.GetProperty("connectedCallbackUrl").GetString()!,
            r.GetProperty("messageStatusCallbackUrl").GetString()!);
    }

    private static SendTextExample ReadSendTextExample()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(SendTextSpecPath))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        using JsonDocument request = JsonDocument.Parse(Scalar(Child(Child(root, "request"), "example")));
        string response = Scalar(Child(Child(Child(root, "responses"), "200"), "example"));
        return new SendTextExample(
            200,
            Encoding.UTF8.GetBytes(response),
            request.RootElement.GetProperty("phone").GetString()!,
            request.RootElement.GetProperty("message").GetString()!);
    }

    private static YamlNode Child(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;

    private static string FindRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ZApi.Generator.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("ZApi.Generator.sln not found above " + AppContext.BaseDirectory);
    }
}

internal sealed record DocumentedExample(
    int StatusCode,
    byte[] ResponseBody,
    string Name,
    string SessionName,
    string DeliveryCallbackUrl,
    string ReceivedCallbackUrl,
    string DisconnectedCallbackUrl,
    string ConnectedCallbackUrl,
    string MessageStatusCallbackUrl);

internal sealed record SendTextExample(int StatusCode, byte[] ResponseBody, string Phone, string Message);

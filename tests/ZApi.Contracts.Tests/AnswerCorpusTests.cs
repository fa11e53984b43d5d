using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;

namespace ZApi.Contracts.Tests;

/// <summary>
/// The answers the server may really send, built from every catalogue endpoint's documented 2xx
/// examples: each member (at every depth) dropped, set to null, sent in its other JSON form (a number
/// for a string, a digit string for a number or timestamp, "true" for true), every object given an
/// unknown member, every open enum an undocumented value. Each variant is answered to the generated
/// method over an in-memory handler; it must read, or, for a member the answer rule keeps required
/// (dropped or null), fail with a message that names the endpoint and the member.
/// </summary>
public sealed class AnswerCorpusTests
{
    private const string Token = "contract-test-token";

    public static TheoryData<string> Endpoints()
    {
        var data = new TheoryData<string>();
        foreach ((string id, Spec spec) in CatalogueSpecs())
        {
            if (InCorpus(spec))
            {
                data.Add(id);
            }
        }

        return data;
    }

    [Fact]
    public void Nearly_every_catalogue_endpoint_has_a_documented_json_answer_in_the_corpus()
    {
        int endpoints = CatalogueSpecs().Count();
        int inCorpus = CatalogueSpecs().Count(s => InCorpus(s.Spec));

        Assert.True(endpoints >= 190, $"{endpoints} catalogue endpoints compiled");
        Assert.True(inCorpus >= endpoints * 3 / 4, $"{inCorpus} of {endpoints} endpoints have a documented JSON 2xx example");
    }

    [Fact]
    public void The_corpus_holds_thousands_of_answers_and_expects_the_required_members_to_fail()
    {
        int variants = 0;
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string id, Spec spec) in CatalogueSpecs().Where(s => InCorpus(s.Spec)))
        {
            foreach (SpecExample example in spec.SuccessResponse!.Examples.Where(e => IsJson(e.Json)))
            {
                foreach (Variant variant in new VariantMaker(spec).Make(JsonNode.Parse(example.Json)!, spec.SuccessResponse))
                {
                    variants++;
                    if (variant.MustFailFor is { } member)
                    {
                        required.Add($"{id} {member}");
                    }
                }
            }
        }

        Assert.True(variants >= 2000, $"{variants} variants");
        Assert.Contains("send-text zaapId", required);
        Assert.Contains("create-instance token", required);
        Assert.Contains("get-chats phone", required);
        Assert.DoesNotContain("get-chats name", required);
        Assert.DoesNotContain("list-instances content", required);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_variant_of_the_documented_answer_reads_or_fails_only_for_a_required_member(string id)
    {
        Spec spec = CatalogueSpecs().Single(s => s.Id == id).Spec;
        ResponseSpec success = spec.SuccessResponse!;
        var entry = ZApi.ZApiContractEntries.All[id];
        string parameters = DocumentedParameters(spec);
        string? request = spec.Request.Example?.Json;
        var problems = new List<string>();
        int variants = 0;
        for (int e = 0; e < success.Examples.Count; e++)
        {
            if (!IsJson(success.Examples[e].Json))
            {
                continue;
            }

            JsonNode example = JsonNode.Parse(success.Examples[e].Json)!;
            foreach (Variant variant in new VariantMaker(spec).Make(example, success))
            {
                variants++;
                using var http = new HttpClient(new Answer(success.StatusCode, variant.Body)) { BaseAddress = new Uri("https://api.z-api.io/") };
                (bool failed, _, _, _, string? message) = await entry(http, Token, parameters, request, CancellationToken.None);
                string where = $"example {e + 1}, {variant.Description}";
                if (variant.MustFailFor is null && failed)
                {
                    problems.Add($"{where}: failed: {message}");
                }
                else if (variant.MustFailFor is { } member && !failed)
                {
                    problems.Add($"{where}: read, though \"{member}\" is required");
                }
                else if (variant.MustFailFor is { } required && !(message!.Contains(id, StringComparison.Ordinal) && message.Contains($"\"{required}\"", StringComparison.Ordinal)))
                {
                    problems.Add($"{where}: the message does not name the endpoint and the member: {message}");
                }
            }
        }

        Assert.True(variants > 0, "no variant of " + id);
        Assert.True(problems.Count == 0, $"{id}: {problems.Count} of {variants} variants:\n" + string.Join("\n", problems.Take(40)));
    }

    private static IEnumerable<(string Id, Spec Spec)> CatalogueSpecs() =>
        ZApi.ZApiContractEntries.Specs
            .Select(pair => (pair.Key, SpecParser.Parse(pair.Key + ".zapi.yaml", pair.Value).Spec!))
            .Where(pair => pair.Item2 is not null && pair.Item2.Client != "features")
            .OrderBy(pair => pair.Key, StringComparer.Ordinal);

    private static bool InCorpus(Spec spec) =>
        spec.SuccessResponse is { Content: ResponseContent.Json } success && success.Examples.Any(e => IsJson(e.Json));

    private static bool IsJson(string text)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The documented path and query values, as the contract harness sends them.</summary>
    private static string DocumentedParameters(Spec spec)
    {
        var values = new JsonObject();
        foreach (SpecAttribute parameter in spec.Request.Path.Concat(spec.Request.Query))
        {
            if (ParameterValues.ForContract(parameter, spec) is { } value)
            {
                values[parameter.Name] = value;
            }
        }

        return values.ToJsonString();
    }

    private sealed record Variant(string Description, string Body, string? MustFailFor);

    /// <summary>Walks a documented answer beside its declared types and makes the variants of each member.</summary>
    private sealed class VariantMaker(Spec spec)
    {
        private const string Unknown = "zz_undocumented_member";

        private JsonNode _root = null!;
        private readonly List<Variant> _variants = new();

        public List<Variant> Make(JsonNode example, ResponseSpec success)
        {
            _root = example;
            if (success.HasObjectBody)
            {
                Object(example, success.Body, new List<object>(), "the answer");
            }
            else if (success.BodyType is { } type)
            {
                Value(example, type, new List<object>(), "the answer");
            }

            return _variants;
        }

        private void Value(JsonNode? node, TypeRef type, List<object> path, string where)
        {
            switch (node)
            {
                case JsonObject obj when type.Kind == AttributeType.Named && spec.FindType(type.Name!) is { IsEnum: false } named:
                    Object(obj, named.Attributes, path, $"{type.Name} at {where}");
                    break;
                case JsonObject obj when type.Kind == AttributeType.Map:
                    // Member names are data: one more, one fewer, and each value in its other form.
                    if (obj.FirstOrDefault() is { Value: { } first })
                    {
                        Add($"one more entry in {where}", path, o => o.AsObject()["zz_more"] = first.DeepClone(), null);
                    }

                    foreach ((string key, JsonNode? value) in obj.ToList())
                    {
                        Add($"the entry \"{key}\" of {where} dropped", path, o => o.AsObject().Remove(key), null);
                        if (OtherForm(value, type.Items!) is { } other)
                        {
                            Add($"the entry \"{key}\" of {where} as {other.ToJsonString()}", path, o => o.AsObject()[key] = other.DeepClone(), null);
                        }

                        Value(value, type.Items!, [.. path, key], $"{where}.{key}");
                    }

                    break;
                case JsonArray array when type.Kind == AttributeType.Array:
                    for (int i = 0; i < array.Count; i++)
                    {
                        Value(array[i], type.Items!, [.. path, i], $"{where}[{i}]");
                    }

                    break;
            }
        }

        private void Object(JsonNode obj, EquatableArray<SpecAttribute> attributes, List<object> path, string where)
        {
            Add($"an unknown member in {where}", path, o => o.AsObject()[Unknown] = new JsonObject { ["nested"] = new JsonArray(1, "x", null) }, null);
            foreach ((string name, JsonNode? value) in obj.AsObject().ToList())
            {
                SpecAttribute? attribute = attributes.FirstOrDefault(a => a.Name == name);
                string member = $"\"{name}\" of {where}";
                string? required = attribute is { IsRequired: true } ? name : null;
                Add($"{member} dropped", path, o => o.AsObject().Remove(name), required);
                Add($"{member} null", path, o => o.AsObject()[name] = null, required);
                if (attribute is not null && OtherForm(value, attribute.Type) is { } other)
                {
                    Add($"{member} as {other.ToJsonString()}", path, o => o.AsObject()[name] = other.DeepClone(), null);
                }

                if (attribute is not null && attribute.Type.Kind == AttributeType.Named && spec.FindType(attribute.Type.Name!) is { IsEnum: true, IsOpen: true })
                {
                    Add($"{member} an undocumented enum value", path, o => o.AsObject()[name] = "UNDOCUMENTED_VALUE", null);
                }

                if (attribute is not null)
                {
                    Value(value, attribute.Type, [.. path, name], $"{where}.{name}");
                }
            }
        }

        /// <summary>The other JSON form the declared type reads, or null when it has one form only.</summary>
        private JsonNode? OtherForm(JsonNode? value, TypeRef type)
        {
            if (value is not JsonValue scalar)
            {
                return null;
            }

            JsonValueKind kind = scalar.GetValueKind();
            return type.Kind switch
            {
                AttributeType.String when kind == JsonValueKind.String => JsonValue.Create(12345),
                AttributeType.String when kind == JsonValueKind.Number => JsonValue.Create(scalar.ToJsonString()),
                AttributeType.Boolean when kind is JsonValueKind.True or JsonValueKind.False => JsonValue.Create(kind == JsonValueKind.True ? "true" : "false"),
                AttributeType.Integer or AttributeType.Long or AttributeType.Number or AttributeType.Timestamp or AttributeType.TimestampSeconds when kind == JsonValueKind.Number => JsonValue.Create(scalar.ToJsonString()),
                AttributeType.Integer or AttributeType.Long or AttributeType.Number or AttributeType.Timestamp or AttributeType.TimestampSeconds when kind == JsonValueKind.String
                    && double.TryParse(scalar.GetValue<string>(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) => JsonNode.Parse(scalar.GetValue<string>()),
                AttributeType.Json => JsonValue.Create(7),
                _ => null,
            };
        }

        private void Add(string description, List<object> path, Action<JsonNode> change, string? mustFailFor)
        {
            JsonNode copy = _root.DeepClone();
            JsonNode target = copy;
            foreach (object step in path)
            {
                target = step is int index ? target.AsArray()[index]! : target.AsObject()[(string)step]!;
            }

            change(target);
            _variants.Add(new Variant(description, copy.ToJsonString(), mustFailFor));
        }
    }

    /// <summary>Answers every request with one status and body, as the server would.</summary>
    private sealed class Answer(int status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}

using System.Linq;
using Xunit;
using ZApi.Specs.Json;
using ZApi.Specs.Plans;

namespace ZApi.Generator.Tests.Plans;

/// <summary>
/// The secret names and the path redaction that the contract harness and <c>zapi redact</c> share
/// (the generated logger's copy is held to the same paths by ZApi.Client.Tests/RedactionTests).
/// </summary>
public sealed class SecretRulesTests
{
    [Theory]
    [InlineData("/instances/3C01/token/F00D/send-text", "/instances/***/token/***/send-text")]
    [InlineData("/instances/3C01/token/F00D/integrator/on-demand/cancel", "/instances/***/token/***/integrator/on-demand/cancel")]
    [InlineData("/instances/integrator/on-demand", "/instances/integrator/on-demand")]
    [InlineData("/instances", "/instances")]
    [InlineData("/instances//token/", "/instances//token/")]
    [InlineData("/chats/instances", "/chats/instances")]
    public void A_path_shows_without_its_instance_id_and_token(string path, string shown)
    {
        Assert.Equal(shown, Redaction.MaskPath(path));
    }

    [Fact]
    public void Each_secret_segment_says_what_it_holds()
    {
        string[] segments = "/instances/3C01/token/F00D/send-text".Split('/');

        PathSecret[] found = Enumerable.Range(0, segments.Length).Select(i => Redaction.At(segments, i)).ToArray();

        Assert.Equal(new[] { PathSecret.None, PathSecret.None, PathSecret.InstanceId, PathSecret.None, PathSecret.InstanceToken, PathSecret.None }, found);
    }

    [Theory]
    [InlineData("Client-Token", true)]
    [InlineData("authorization", true)]
    [InlineData("COOKIE", true)]
    [InlineData("Set-Cookie", true)]
    [InlineData("Content-Type", false)]
    [InlineData("X-Token-Count", false)]
    public void The_credential_headers_are_named_once(string header, bool secret)
    {
        Assert.Equal(secret, SecretNames.IsSecretHeader(header));
    }

    [Theory]
    [InlineData("Authorization", "Bearer abc123", "abc123")]
    [InlineData("authorization", "Basic  dXNlcg== ", "dXNlcg==")]
    [InlineData("Authorization", "abc123", "abc123")]
    [InlineData("Client-Token", "F00D BEEF", "F00D BEEF")]
    public void The_credential_of_a_header_is_its_value_without_the_scheme(string header, string value, string credential)
    {
        Assert.Equal(credential, SecretNames.Credential(header, value));
    }

    [Theory]
    [InlineData("instanceToken", true)]
    [InlineData("webhookSecret", true)]
    [InlineData("x_api_key", true)]
    [InlineData("phone", false)]
    public void A_member_or_query_name_says_whether_it_holds_a_secret(string name, bool secret)
    {
        Assert.Equal(secret, SecretNames.IsSecret(name));
    }

    [Fact]
    public void The_json_walk_meets_every_member_at_any_depth_in_document_order()
    {
        JsonValue json = JsonTextParser.Parse("""{ "a": { "token": "T1", "b": [ { "c": 1 } ] }, "d": "x" }""");

        Assert.Equal(new[] { "a", "d", "token", "b", "c" }.OrderBy(n => n), JsonWalk.Members(json).Select(m => m.Name).OrderBy(n => n));
        Assert.Equal("a", JsonWalk.Members(json).First().Name);
        Assert.Null(JsonWalk.TryParse("not json"));
        Assert.Equal("T1", JsonWalk.ScalarText(JsonWalk.Members(json).Single(m => m.Name == "token").Value));
    }
}

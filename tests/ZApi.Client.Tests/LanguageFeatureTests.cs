using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>
/// The spec language's growth, end to end against a loopback server, from the fixture specs in
/// <c>Specs/features</c>: the forms the server really sends (booleans and numbers as strings, 64-bit
/// numbers, epoch seconds, ISO dates, "forever"), raw JSON, maps, open and closed enums, empty
/// objects, array request bodies with several examples, deprecations.
/// </summary>
public sealed class LanguageFeatureTests : IClassFixture<WireMockServerFixture>
{
    private const string InstanceId = "3C01FEATURES";
    private const string InstanceToken = "F1A2FEATURES";

    private readonly WireMockServerFixture _fixture;

    public LanguageFeatureTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    private static ZApi.Specs.Model.Spec ReadEverything => SpecFile.Load("features", "read-everything");

    [Fact]
    public async Task The_first_documented_example_reads_with_strings_for_booleans_and_numbers_and_every_kind_of_time()
    {
        _fixture.RespondToAnything(200, ReadEverything.SuccessResponse!.Examples[0].Json);
        using HttpClient http = TestClients.HttpFor(_fixture);

        ReadEverythingResponse read = await Client(http).ReadEverythingAsync("5511999999999");

        Assert.False(read.Archived);
        Assert.Equal(0, read.Unread);
        Assert.Equal(3_000_000_000L, read.Count);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1622991687), read.LastMessageTime);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.Zero), read.CreatedAt);
        Assert.Equal(DateTimeOffset.MaxValue, read.MuteEndTime); // the page's "-1 é para sempre"
        Assert.Equal(Status.Sent, read.Status);
        Assert.True(read.Status.IsDocumented);
        Assert.Equal(JsonValueKind.Array, read.Errors!.Value.ValueKind);
        Assert.Equal(0, read.Errors.Value.GetArrayLength());
        Assert.Equal(new Dictionary<string, string> { ["0"] = "#FF9485", ["1"] = "#64C4FF" }, read.Colors);
        Assert.Equal(Mode.Web, read.Mode);
        Assert.NotNull(read.Note);
    }

    [Fact]
    public async Task The_second_documented_example_reads_the_other_forms_and_keeps_an_unlisted_open_enum_value()
    {
        _fixture.RespondToAnything(200, ReadEverything.SuccessResponse!.Examples[1].Json);
        using HttpClient http = TestClients.HttpFor(_fixture);

        ReadEverythingResponse read = await Client(http).ReadEverythingAsync("5511999999999");

        Assert.True(read.Archived);
        Assert.Equal(12L, read.Count);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1622991687), read.LastMessageTime);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.Zero), read.CreatedAt.ToUniversalTime());
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1655953774000), read.MuteEndTime);
        Assert.Equal("PLAYED", read.Status.Value);
        Assert.False(read.Status.IsDocumented);
        Assert.Null(read.Errors);
        Assert.Null(read.Colors);
    }

    [Fact]
    public async Task A_closed_enum_still_refuses_a_value_it_does_not_list()
    {
        JsonObject body = JsonNode.Parse(ReadEverything.SuccessResponse!.Examples[0].Json)!.AsObject();
        body["mode"] = "desktop";
        _fixture.RespondToAnything(200, body.ToJsonString());
        using HttpClient http = TestClients.HttpFor(_fixture);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => Client(http).ReadEverythingAsync("5511999999999"));

        Assert.Contains("\"mode\"", exception.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_values_of_the_new_types_are_sent_invariantly()
    {
        _fixture.RespondToAnything(200, ReadEverything.SuccessResponse!.Examples[1].Json);
        using HttpClient http = RecordingHandler.HttpFor(_fixture, out RecordingHandler handler);

#pragma warning disable CS0618 // 'page' is deprecated by the fixture; the call still sends it
        await Client(http).ReadEverythingAsync("5511 999", since: new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.FromHours(-3)), limit: 3_000_000_000L, page: 2);
#pragma warning restore CS0618

        Assert.Equal(
            $"/instances/{InstanceId}/token/{InstanceToken}/everything/5511%20999?since=2024-05-01T12%3A30%3A00-03%3A00&limit=3000000000&page=2",
            handler.Single.RequestUri.PathAndQuery);
    }

    [Fact]
    public async Task An_array_request_body_is_sent_as_the_documented_json_array()
    {
        _fixture.RespondToAnything(200, """{"success":true,"errors":[]}""");
        using HttpClient http = RecordingHandler.HttpFor(_fixture, out RecordingHandler handler);
        var contacts = new[]
        {
            new Contact { FirstName = "Contato 1", Phone = "554499999999" },
            new Contact { FirstName = "Contato 2", LastName = "Sobrenome 2", Phone = "554499998888" },
        };

        ImportContactsResponse response = await Client(http).ImportContactsAsync(contacts);

        JsonNode? expected = JsonNode.Parse(SpecFile.Load("features", "import-contacts").Request.Examples[1].Json);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(handler.Single.Body!)), handler.Single.Body);
        Assert.True(response.Success);
    }

    [Fact]
    public async Task A_map_response_reads_into_a_dictionary()
    {
        _fixture.RespondToAnything(200, SpecFile.SuccessExample(SpecFile.Load("features", "get-colors")));
        using HttpClient http = TestClients.HttpFor(_fixture);

        IReadOnlyDictionary<string, string> colors = await Client(http).GetColorsAsync();

        Assert.Equal(new[] { "0", "1", "2" }, colors.Keys.OrderBy(k => k));
        Assert.Equal("#FFD429", colors["2"]);
    }

    [Fact]
    public async Task Two_specs_whose_response_is_one_named_type_return_the_same_CSharp_type()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);

        _fixture.RespondToAnything(200, SpecFile.SuccessExample(SpecFile.Load("features", "send-note")));
        MessageSent note = await Client(http).SendNoteAsync(new SendNoteRequest { Phone = "5511999999999", Text = "Ligar amanhã" });
        _fixture.RespondToAnything(200, SpecFile.SuccessExample(SpecFile.Load("features", "send-poll-note")));
        MessageSent poll = await Client(http).SendPollNoteAsync(new SendPollNoteRequest { Phone = "5511999999999", Options = new[] { "sim", "não" } });

        Assert.Equal(("3999984263738042930CD6ECDE9VDWSA", "D241XXXX732339502B68", "D241XXXX732339502B68"), (note.ZaapId, note.MessageId, note.Id));
        Assert.Equal(("7ZAAP", "7MSG", (string?)null), (poll.ZaapId, poll.MessageId, poll.Id));
        Assert.Equal(typeof(Task<MessageSent>), typeof(FeaturesClient).GetMethod(nameof(FeaturesClient.SendNoteAsync))!.ReturnType);
        Assert.Equal(typeof(Task<MessageSent>), typeof(FeaturesClient).GetMethod(nameof(FeaturesClient.SendPollNoteAsync))!.ReturnType);
        Assert.Null(typeof(FeaturesClient).Assembly.GetType(typeof(MessageSent).Namespace + ".SendNoteResponse"));
    }

    [Fact]
    public void Deprecated_endpoints_and_attributes_are_obsolete_with_the_pages_text()
    {
        ObsoleteAttribute method = typeof(FeaturesClient).GetMethod(nameof(FeaturesClient.OldEndpointAsync))!.GetCustomAttribute<ObsoleteAttribute>()!;
        ObsoleteAttribute property = typeof(ReadEverythingResponse).GetProperty("MessagesUnread")!.GetCustomAttribute<ObsoleteAttribute>()!;

        Assert.Equal("Este método será removido; use read-everything.", method.Message);
        Assert.Equal("descontinuado", property.Message);
        Assert.Null(typeof(ReadEverythingResponse).GetProperty(nameof(ReadEverythingResponse.Count))!.GetCustomAttribute<ObsoleteAttribute>());
    }

    [Fact]
    public void The_new_types_have_the_csharp_types_a_reader_expects()
    {
        Assert.Equal(typeof(long), typeof(ReadEverythingResponse).GetProperty(nameof(ReadEverythingResponse.Count))!.PropertyType);
        Assert.Equal(typeof(DateTimeOffset), typeof(ReadEverythingResponse).GetProperty(nameof(ReadEverythingResponse.LastMessageTime))!.PropertyType);
        Assert.Equal(typeof(JsonElement?), typeof(ReadEverythingResponse).GetProperty(nameof(ReadEverythingResponse.Errors))!.PropertyType);
        Assert.Equal(typeof(IReadOnlyDictionary<string, string>), typeof(ReadEverythingResponse).GetProperty(nameof(ReadEverythingResponse.Colors))!.PropertyType);
        Assert.True(typeof(Status).IsValueType);
        Assert.True(typeof(Mode).IsEnum);
        Assert.Equal(typeof(long), typeof(FeaturesClient).GetMethod(nameof(FeaturesClient.OldEndpointAsync))!.GetParameters()[0].ParameterType);
    }

    private static FeaturesClient Client(HttpClient http) => new(http, new ZApiClientOptions { InstanceId = InstanceId, InstanceToken = InstanceToken });
}

using System;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>
/// Where a page's example and the spec disagree on object versus array (<c>alsoArray</c>), the client
/// reads both forms and returns the spec's shape: phone-exists and get-profile-picture read the object
/// alone and as the first item of an array; get-queue reads <c>{"messages": [...]}</c> and the bare array.
/// </summary>
public sealed class BothShapesTests : IClassFixture<WireMockServerFixture>
{
    private readonly WireMockServerFixture _fixture;

    public BothShapesTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    private InstanceClient Client() =>
        new(TestClients.HttpFor(_fixture), new ZApiClientOptions { InstanceId = "3C01", InstanceToken = "F1A2" });

    [Theory]
    [InlineData("""{"exists": true, "phone": "5544999999999", "lid": "999999999@lid"}""")]
    [InlineData("""[{"exists": true, "phone": "5544999999999", "lid": "999999999@lid"}]""")]
    [InlineData("""[{"exists": true, "phone": "5544999999999", "lid": "999999999@lid"}, {"exists": false}]""")]
    public async Task PhoneExists_ReadsTheObject_AloneOrAsTheFirstItemOfAnArray(string body)
    {
        _fixture.RespondToAnything(200, body);

        PhoneExistsResponse answer = await Client().PhoneExistsAsync("5544999999999");

        Assert.Equal((true, "5544999999999", "999999999@lid"), (answer.Exists, answer.Phone, answer.Lid));
    }

    [Theory]
    [InlineData("""{"link": "https://pps.whatsapp.net/v/1.jpg"}""")]
    [InlineData("""[{"link": "https://pps.whatsapp.net/v/1.jpg"}]""")]
    public async Task GetProfilePicture_ReadsTheObject_AloneOrAsTheFirstItemOfAnArray(string body)
    {
        _fixture.RespondToAnything(200, body);

        GetProfilePictureResponse answer = await Client().GetProfilePictureAsync("5544999999999");

        Assert.Equal("https://pps.whatsapp.net/v/1.jpg", answer.Link);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[null]")]
    [InlineData("[1]")]
    public async Task AnArrayWithoutTheObject_FailsAsAnInvalidAnswer(string body)
    {
        _fixture.RespondToAnything(200, body);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => Client().PhoneExistsAsync("5544999999999"));

        Assert.Equal(System.Net.HttpStatusCode.OK, exception.StatusCode);
        Assert.NotNull(exception.InnerException);
    }

    private const string QueueItem = """{"_id": "39BB", "Message": "Mensagem da fila 1", "Phone": "5511999999999", "ZaapId": "39BB", "MessageId": "7AD2", "Created": 1624977905648}""";

    [Theory]
    [InlineData("{\"messages\": [" + QueueItem + "]}")]
    [InlineData("[" + QueueItem + "]")]
    public async Task GetQueue_ReadsTheMessages_InTheirObjectOrAsABareArray(string body)
    {
        _fixture.RespondToAnything(200, body);

#pragma warning disable CS0618 // get-queue is deprecated by its page; its answer is still read
        GetQueueResponse answer = await Client().GetQueueAsync(100);
#pragma warning restore CS0618

        LegacyQueueMessage message = Assert.Single(answer.Messages!);
        Assert.Equal(("39BB", "Mensagem da fila 1", "7AD2"), (message.Id, message.Message, message.MessageId));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1624977905648), message.Created);
    }

    [Fact]
    public async Task GetQueue_ReadsAnEmptyBareArray_AsNoMessages()
    {
        _fixture.RespondToAnything(200, "[]");

#pragma warning disable CS0618 // get-queue is deprecated by its page; its answer is still read
        Assert.Empty((await Client().GetQueueAsync(100)).Messages!);
#pragma warning restore CS0618
    }
}

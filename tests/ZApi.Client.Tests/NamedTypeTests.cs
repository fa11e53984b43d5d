using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>Named types of list-instances: the InstanceMiddleware enum (open: an answer's), the Instance object, and an array of Instance.</summary>
public sealed class NamedTypeTests : IClassFixture<WireMockServerFixture>
{
    private const string OneInstance = """{"id":"I1","token":"T1","name":"N1","due":1700000000000}""";

    private readonly WireMockServerFixture _fixture;

    public NamedTypeTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    [Fact]
    public async Task DocumentedPagedExample_IsReadIntoListInstancesResponse()
    {
        string example = SpecFile.SuccessExample(SpecFile.Load("partner", "list-instances"));
        Assert.Contains("\"due\": 1648565999675", example);
        _fixture.RespondToAnything(201, example);

        ListInstancesResponse response = await CallAsync();

        Assert.Equal(1, response.Total);
        Assert.Equal(1, response.TotalPage);
        Assert.Equal(1, response.PageSize);
        Assert.Equal(1, response.Page);
        IReadOnlyList<Instance> content = response.Content!;
        Instance instance = Assert.Single(content);
        Assert.Equal("", instance.Id);
        Assert.Equal("", instance.Token);
        Assert.Equal("", instance.Name);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1648565999675), instance.Due);
        Assert.Equal(1648565999675, instance.Due!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(TimeSpan.Zero, instance.Due.Value.Offset);
        Assert.Equal(new DateTimeOffset(2022, 3, 29, 14, 59, 59, 675, TimeSpan.Zero), instance.Due);
        Assert.Equal(InstanceMiddleware.Web, instance.Middleware);
        Assert.False(instance.PhoneConnected);
        Assert.False(instance.WhatsappConnected);
        Assert.NotNull(instance.PhoneConnected);
        Assert.NotNull(instance.WhatsappConnected);
        Assert.Equal("", instance.Tenant);
        Assert.Equal("", instance.Created);
        Assert.Equal("", instance.PaymentStatus);
        Assert.Equal("", instance.DeliveryCallbackUrl);
        Assert.Equal("", instance.ReceivedCallbackUrl);
        Assert.Equal("", instance.DisconnectedCallbackUrl);
        Assert.Equal("", instance.MessageStatusCallbackUrl);
        Assert.Equal("", instance.ReceivedAndDeliveryCallbackUrl);
        Assert.Equal("", instance.PresenceChatCallbackUrl);
        Assert.Equal("", instance.ConnectedCallbackUrl);
        Assert.Equal("", instance.ReceivedStatusCallbackUrl);
    }

    [Fact]
    public async Task SeveralInstances_AreReadInOrder_WithEachMiddlewareAndBoolean()
    {
        _fixture.RespondToAnything(200, """
            {"total":2,"totalPage":1,"pageSize":10,"page":1,"content":[
              {"id":"A","token":"TA","name":"Primeira","due":1648565999675,"middleware":"web","phoneConnected":true,"whatsappConnected":false,"extra":{"x":[1,2]}},
              {"id":"B","token":"TB","name":"Segunda","due":"1700000000000","middleware":"mobile"}
            ]}
            """);

        ListInstancesResponse response = await CallAsync();

        Assert.Equal(2, response.Total);
        Assert.Equal(10, response.PageSize);
        Assert.Equal(2, response.Content!.Count);
        Instance first = response.Content[0];
        Instance second = response.Content[1];
        Assert.Equal(("A", "TA", "Primeira"), (first.Id, first.Token, first.Name));
        Assert.Equal(InstanceMiddleware.Web, first.Middleware);
        Assert.True(first.PhoneConnected);
        Assert.False(first.WhatsappConnected);
        Assert.Equal(("B", "TB", "Segunda"), (second.Id, second.Token, second.Name));
        Assert.Equal(InstanceMiddleware.Mobile, second.Middleware);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000000), second.Due);
        Assert.Null(second.PhoneConnected);
        Assert.Null(second.WhatsappConnected);
        Assert.Null(second.Tenant);
    }

    [Fact]
    public async Task EmptyContentArray_IsReadAsEmptyList()
    {
        _fixture.RespondToAnything(201, """{"total":0,"totalPage":0,"pageSize":10,"page":1,"content":[]}""");

        ListInstancesResponse response = await CallAsync();

        Assert.Empty(response.Content!);
        Assert.Equal(0, response.Total);
    }

    [Fact]
    public async Task MiddlewareNull_IsReadAsNull()
    {
        _fixture.RespondToAnything(201, """{"total":1,"totalPage":1,"pageSize":1,"page":1,"content":[{"id":"I","token":"T","name":"N","due":1,"middleware":null}]}""");

        ListInstancesResponse response = await CallAsync();

        Assert.Null(Assert.Single(response.Content!).Middleware);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"desktop\"", "desktop")]
    [InlineData("\"Web\"", "Web")]
    public async Task AnUndocumentedMiddleware_EvenEmpty_IsRead_AsAnUndocumentedValue(string json, string value)
    {
        // An answer's enum is open: the page's own examples are full of empty strings.
        _fixture.RespondToAnything(201, $$"""{"total":1,"totalPage":1,"pageSize":1,"page":1,"content":[{"id":"I","token":"T","name":"N","due":1,"middleware":{{json}}}]}""");

        InstanceMiddleware? middleware = Assert.Single((await CallAsync()).Content!).Middleware;

        Assert.Equal(value, middleware!.Value.Value);
        Assert.False(middleware.Value.IsDocumented);
    }

    [Fact]
    public async Task AMiddlewareOfAnotherJsonType_NamesTheMember_AndLeavesTheValueToResponseBody()
    {
        ZApiException exception = await CallExpectingInvalidBodyAsync(
            """{"total":1,"totalPage":1,"pageSize":1,"page":1,"content":[{"id":"I","token":"T","name":"N","due":1,"middleware":{"kind":"desktop"}}]}""");

        Assert.Contains("\"middleware\"", exception.InnerException!.Message);
        Assert.DoesNotContain("desktop", exception.Message);
        Assert.Contains("\"desktop\"", exception.ResponseBody);
    }

    [Fact]
    public void TheRequestKeepsItsClosedEnum_AndTheAnswerHasAnOpenOne()
    {
        Assert.True(typeof(Middleware).IsEnum);
        Assert.False(typeof(InstanceMiddleware).IsEnum);
        Assert.True(typeof(InstanceMiddleware).IsValueType);
    }

    [Theory]
    [InlineData("""{"total":0,"totalPage":0,"pageSize":1,"page":1,"content":null}""")]
    [InlineData("""{"total":0,"totalPage":0,"pageSize":1,"page":1}""")]
    public async Task ContentNullOrMissing_IsReadAsNull(string body)
    {
        // Optional, as every answer member but identifiers ("Required in answers").
        _fixture.RespondToAnything(201, body);

        Assert.Null((await CallAsync()).Content);
    }

    [Theory]
    [InlineData("""{"id":"I","token":"T","name":null}""")]
    [InlineData("""{"id":"I","token":"T"}""")]
    public async Task AnInstanceWithoutNameOrDue_IsRead(string instance)
    {
        _fixture.RespondToAnything(201, $$"""{"total":1,"totalPage":1,"pageSize":1,"page":1,"content":[{{instance}}]}""");

        Instance read = Assert.Single((await CallAsync()).Content!);

        Assert.Equal(("I", "T", null, null), (read.Id, read.Token, read.Name, read.Due));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("\"I1\"")]
    public async Task ContentNotAnArray_RaisesZApiException(string content)
    {
        ZApiException exception = await CallExpectingInvalidBodyAsync($$"""{"total":0,"totalPage":0,"pageSize":1,"page":1,"content":{{content}}}""");

        Assert.Contains("\"content\"", exception.InnerException!.Message);
    }

    [Fact]
    public async Task NullItemInContent_RaisesZApiException()
    {
        ZApiException exception = await CallExpectingInvalidBodyAsync($$"""{"total":1,"totalPage":1,"pageSize":1,"page":1,"content":[{{OneInstance}},null]}""");

        Assert.Contains("\"content\"", exception.InnerException!.Message);
    }

    [Theory]
    [InlineData("id", """{"token":"T","name":"N","due":1}""")]
    [InlineData("token", """{"id":"I","token":null,"name":"N","due":1}""")]
    public async Task InstanceLackingItsIdOrToken_RaisesZApiException(string member, string instance)
    {
        ZApiException exception = await CallExpectingInvalidBodyAsync($$"""{"total":1,"totalPage":1,"pageSize":1,"page":1,"content":[{{instance}}]}""");

        Assert.Contains($"\"{member}\"", exception.InnerException!.Message);
    }

    [Fact]
    public async Task LenientReading_BooleanAndIntegerAsStrings_AreRead()
    {
        _fixture.RespondToAnything(201, """
            {"total":"7","totalPage":"4","pageSize":"2","page":"1","content":[
              {"id":"I","token":"T","name":"N","due":"1648565999675","phoneConnected":"false","whatsappConnected":"true"}
            ]}
            """);

        ListInstancesResponse response = await CallAsync();

        Assert.Equal(1, response.Page);
        Assert.Equal(2, response.PageSize);
        Assert.Equal(4, response.TotalPage);
        Assert.Equal(7, response.Total);
        Instance instance = Assert.Single(response.Content!);
        Assert.False(instance.PhoneConnected);
        Assert.NotNull(instance.PhoneConnected);
        Assert.True(instance.WhatsappConnected);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1648565999675), instance.Due);
    }

    [Theory]
    [InlineData("\"page\":\"1.0\"", "page")]
    [InlineData("\"page\":\"um\"", "page")]
    [InlineData("\"page\":1.5", "page")]
    public async Task NonIntegerPage_RaisesZApiException(string pageMember, string member)
    {
        ZApiException exception = await CallExpectingInvalidBodyAsync($$"""{"total":1,"totalPage":1,"pageSize":1,{{pageMember}},"content":[]}""");

        Assert.Contains($"\"{member}\"", exception.InnerException!.Message);
    }

    [Fact]
    public async Task NonBooleanString_RaisesZApiException()
    {
        ZApiException exception = await CallExpectingInvalidBodyAsync(
            """{"total":1,"totalPage":1,"pageSize":1,"page":1,"content":[{"id":"I","token":"T","name":"N","due":1,"phoneConnected":"yes"}]}""");

        Assert.Contains("\"phoneConnected\"", exception.InnerException!.Message);
    }

    private async Task<ListInstancesResponse> CallAsync()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);
        return await TestClients.Partner(http).ListInstancesAsync(1, 1);
    }

    private async Task<ZApiException> CallExpectingInvalidBodyAsync(string body)
    {
        _fixture.RespondToAnything(201, body);
        using HttpClient http = TestClients.HttpFor(_fixture);
        PartnerClient client = TestClients.Partner(http);

        ZApiException exception = await Assert.ThrowsAsync<ZApiException>(() => client.ListInstancesAsync(1, 1));

        Assert.Equal("list-instances", exception.Operation);
        Assert.Equal(HttpStatusCode.Created, exception.StatusCode);
        Assert.Null(exception.Hint);
        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
        Assert.StartsWith("list-instances answered HTTP 201", exception.Message);
        return exception;
    }
}

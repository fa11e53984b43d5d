using System;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading.Tasks;
using WireMock;
using Xunit;

namespace ZApi.Client.Tests;

/// <summary>list-instances: GET with its parameters in the query string.</summary>
public sealed class QueryParameterTests : IClassFixture<WireMockServerFixture>
{
    private readonly WireMockServerFixture _fixture;

    public QueryParameterTests(WireMockServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
        _fixture.RespondToAnything(201, SpecFile.SuccessExample(SpecFile.Load("partner", "list-instances")));
    }

    [Fact]
    public async Task ListInstances_IsGetToInstances_WithPartnerTokenAndNoBody()
    {
        using HttpClient http = RecordingHandler.HttpFor(_fixture, out RecordingHandler handler);

        await TestClients.Partner(http).ListInstancesAsync(1, 1);

        IRequestMessage received = _fixture.SingleRequest;
        Assert.Equal("GET", received.Method);
        Assert.Equal("/instances", received.Path);
        Assert.Equal("Bearer " + TestClients.PartnerToken, RecordedRequest.Header(received, "Authorization"));
        Assert.Null(RecordedRequest.Header(received, "Content-Type"));
        Assert.False(handler.Single.HasContent, "A GET carried a request body.");
    }

    [Fact]
    public async Task ListInstances_SendsPageAndPageSize_AndOmitsUnsetOptionalParameters()
    {
        using HttpClient http = RecordingHandler.HttpFor(_fixture, out RecordingHandler handler);

        await TestClients.Partner(http).ListInstancesAsync(page: 3, pageSize: 25);

        Assert.Equal("/instances?page=3&pageSize=25", handler.Single.RequestUri.PathAndQuery);
        IRequestMessage received = _fixture.SingleRequest;
        Assert.Equal("?page=3&pageSize=25", received.RawQuery);
        Assert.Equal(["page", "pageSize"], received.Query!.Keys.OrderBy(key => key, StringComparer.Ordinal));
        Assert.Equal("3", received.Query["page"].Single());
        Assert.Equal("25", received.Query["pageSize"].Single());
    }

    [Theory]
    [InlineData(Middleware.Web, "web")]
    [InlineData(Middleware.Mobile, "mobile")]
    public async Task ListInstances_Middleware_IsSentAsItsDocumentedEnumString(Middleware middleware, string expected)
    {
        using HttpClient http = TestClients.HttpFor(_fixture);

        await TestClients.Partner(http).ListInstancesAsync(1, 10, middleware: middleware);

        IRequestMessage received = _fixture.SingleRequest;
        Assert.Equal($"?page=1&pageSize=10&middleware={expected}", received.RawQuery);
        Assert.Equal(expected, received.Query!["middleware"].Single());
        Assert.False(received.Query.ContainsKey("query"), "The unset 'query' parameter was sent.");
    }

    [Fact]
    public async Task ListInstances_QueryValueWithSpaceAmpersandAndEquals_IsEscapedIntoOneParameter()
    {
        using HttpClient http = RecordingHandler.HttpFor(_fixture, out RecordingHandler handler);

        await TestClients.Partner(http).ListInstancesAsync(2, 5, query: "a b&c=d", middleware: Middleware.Web);

        Assert.Equal("/instances?page=2&pageSize=5&query=a%20b%26c%3Dd&middleware=web", handler.Single.RequestUri.PathAndQuery);
        IRequestMessage received = _fixture.SingleRequest;
        Assert.Equal("?page=2&pageSize=5&query=a%20b%26c%3Dd&middleware=web", received.RawQuery);
        Assert.Equal(["middleware", "page", "pageSize", "query"], received.Query!.Keys.OrderBy(key => key, StringComparer.Ordinal));
        Assert.Equal("a b&c=d", received.Query["query"].Single());
        Assert.False(received.Query.ContainsKey("c"), "'&' in the value split it into a second parameter.");
    }

    [Fact]
    public async Task ListInstances_NonAsciiAndReservedQueryValue_ArrivesUnchanged()
    {
        const string query = "Instância #1 + 100%/?";
        using HttpClient http = TestClients.HttpFor(_fixture);

        await TestClients.Partner(http).ListInstancesAsync(1, 1, query: query);

        IRequestMessage received = _fixture.SingleRequest;
        Assert.Equal("/instances", received.Path);
        Assert.Equal(query, received.Query!["query"].Single());
    }

    [Fact]
    public async Task ListInstances_NegativeAndLargeIntegers_AreSentInInvariantForm()
    {
        using HttpClient http = TestClients.HttpFor(_fixture);

        await TestClients.Partner(http).ListInstancesAsync(-1, int.MaxValue);

        Assert.Equal("?page=-1&pageSize=2147483647", _fixture.SingleRequest.RawQuery);
    }

    [Fact]
    public void ListInstances_Signature_TakesIntPages_StringQuery_AndNullableMiddleware()
    {
        MethodInfo method = typeof(PartnerClient).GetMethod(nameof(PartnerClient.ListInstancesAsync))!;

        Assert.Equal(
            [typeof(int), typeof(int), typeof(string), typeof(Middleware?), typeof(System.Threading.CancellationToken)],
            method.GetParameters().Select(parameter => parameter.ParameterType));
        Assert.Equal(["page", "pageSize", "query", "middleware", "cancellationToken"], method.GetParameters().Select(parameter => parameter.Name!));
        Assert.Equal(typeof(Task<ListInstancesResponse>), method.ReturnType);
    }
}

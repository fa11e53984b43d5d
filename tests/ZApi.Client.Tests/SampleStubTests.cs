using System;
using System.Net.Http;
using System.Threading.Tasks;
using WireMock.Server;
using Xunit;
using ZApi.Sample;

namespace ZApi.Client.Tests;

/// <summary>
/// The sample's loopback stub (samples/ZApi.Sample/Stub.cs) answers create-instance as the page
/// describes it: the documented id and token, and a <c>due</c> at the end of the 2-day trial, which
/// the generated client reads as that date. The page's own <c>due</c> is a placeholder that reads as
/// 1980-06-04 (SuccessResponseTests), and the sample once printed that as the instance's expiry.
/// </summary>
public sealed class SampleStubTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 7, 6, 30, 15, 250, TimeSpan.Zero);

    [Fact]
    public async Task The_sample_creates_an_instance_valid_until_the_end_of_its_two_day_trial()
    {
        WireMockServer stub = Stub.Start("sample-partner-token", Created);
        try
        {
            using HttpClient http = new() { BaseAddress = new Uri(stub.Url! + "/") };
            var partner = new PartnerClient(http, new ZApiClientOptions { PartnerToken = "sample-partner-token" });

            CreateInstanceResponse created = await partner.CreateInstanceAsync(new CreateInstanceRequest { Name = "Instancia Z-API - 9292812" });

            Assert.Equal("8823XWIE982KII99012K2L", created.Id);
            Assert.Equal("8900LS009W0011OOOPPIPIP00912OOLCKAOOOE009919", created.Token);
            Assert.Equal(new DateTimeOffset(2026, 12, 9, 6, 30, 15, 250, TimeSpan.Zero), created.Due);
            Assert.Equal("2026-12-09 06:30:15Z", $"{created.Due:u}");
        }
        finally
        {
            stub.Stop();
        }
    }

    [Fact]
    public void The_stub_keeps_the_pages_form_of_due_a_digit_string_of_epoch_milliseconds()
    {
        string body = Stub.CreatedInstance(CreateInstanceSpec.SuccessExampleJson, Created);

        Assert.Contains("\"due\":\"1796797815250\"", body, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"8823XWIE982KII99012K2L\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("329000002121", body, StringComparison.Ordinal);
    }
}

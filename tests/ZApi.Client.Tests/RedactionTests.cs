using System;
using Xunit;
using ZApi.Specs.Plans;

namespace ZApi.Client.Tests;

/// <summary>
/// The generated request logger masks the route's instance id and token with its own copy of the
/// shared rule (<see cref="Redaction"/>; the runtime is BCL code in the user's assembly and cannot
/// call it). The same paths go through both, and they must agree.
/// </summary>
public sealed class RedactionTests
{
    [Theory]
    [InlineData("https://api.z-api.io/instances/3C01ID/token/TOKEN9F/send-text?phone=5511999999999", "/instances/***/token/***/send-text")]
    [InlineData("https://api.z-api.io/instances/3C01ID/token/TOKEN9F/chats/5511999999999/messages", "/instances/***/token/***/chats/5511999999999/messages")]
    [InlineData("https://api.z-api.io/instances/3C01ID/token/TOKEN9F/integrator/on-demand/subscription", "/instances/***/token/***/integrator/on-demand/subscription")]
    [InlineData("https://api.z-api.io/instances/A%2FB/token/T%20K/status", "/instances/***/token/***/status")]
    [InlineData("https://api.z-api.io/instances/integrator/on-demand", "/instances/integrator/on-demand")]
    [InlineData("https://api.z-api.io/instances", "/instances")]
    [InlineData("https://api.z-api.io/instances/", "/instances/")]
    [InlineData("https://api.z-api.io//instances//token//x", "//instances//token//x")]
    [InlineData("https://api.z-api.io/other/token/T1/x", "/other/token/***/x")]
    [InlineData("instances/3C01ID/token/TOKEN9F/send-text?x=1", "instances/***/token/***/send-text")]
    public void The_logger_masks_a_path_as_the_shared_rule_does(string uri, string shown)
    {
        Uri parsed = new(uri, UriKind.RelativeOrAbsolute);
        string path = parsed.IsAbsoluteUri ? parsed.AbsolutePath : uri.Split('?')[0];

        Assert.Equal(shown, Redaction.MaskPath(path));
        Assert.Equal(shown, ZApiHttpLogger.Redact(parsed));
    }
}

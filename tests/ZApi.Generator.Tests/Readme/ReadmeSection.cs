using System;
using System.IO;
using System.Text;
using Xunit;
using Xunit.Sdk;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Readme;

/// <summary>
/// A part of README.md that a test makes from the code, between a start and an end comment: the
/// test fails when the README differs and says how to rewrite it (<c>ZAPI_ACCEPT_SNAPSHOTS=1</c>).
/// </summary>
internal static class ReadmeSection
{
    public static void AssertMadeFrom(string start, string end, string expected, string what)
    {
        string readmePath = Path.Combine(GeneratorHarness.RepositoryRoot, "README.md");
        string readme = File.ReadAllText(readmePath).Replace("\r\n", "\n");
        int startAt = readme.IndexOf(start, StringComparison.Ordinal);
        int endAt = readme.IndexOf(end, StringComparison.Ordinal);
        Assert.True(startAt >= 0 && endAt > startAt, $"README.md has no {what} between '{start}' and '{end}'.");

        string actual = readme.Substring(startAt + start.Length, endAt - startAt - start.Length);
        if (actual == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1")
        {
            File.WriteAllText(readmePath, readme.Substring(0, startAt + start.Length) + expected + readme.Substring(endAt), new UTF8Encoding(false));
            return;
        }

        throw new XunitException($"The README's {what} is stale; run the tests with {Snapshot.AcceptVariable}=1 to rewrite it. Expected:\n{expected}");
    }
}

using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;

namespace ZApi.Generator.Tests.Integrity;

/// <summary>The version in <c>[GeneratedCode]</c> is the packages' version prefix.</summary>
public sealed class VersionTests
{
    [Fact]
    public void The_generated_code_version_is_the_version_prefix_of_the_packages()
    {
        string prefix = XDocument.Load(Path.Combine(GeneratorHarness.RepositoryRoot, "Directory.Build.props"))
            .Descendants().Single(e => e.Name.LocalName == "VersionPrefix").Value;

        Assert.Equal(GeneratorInfo.Version, prefix);
    }
}

using System.Linq;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Validation;
using ZApi.Specs.Writing;

namespace ZApi.Generator.Tests.Writing;

/// <summary>
/// <c>alsoArray</c> on a success response: <c>item</c>, or the name of an array member of the body when
/// every other member is optional; anything else is a located error. The writer keeps it.
/// </summary>
public sealed class AlsoArrayTests
{
    private static string Spec(string alsoArray, string body = "      optional:\n        - { name: link, type: string }\n        - { name: list, type: array, items: string }") => $$"""
        {{SpecTexts.GetPingHead}}
        responses:
          200:
            body:
        {{body}}
            alsoArray: {{alsoArray}}
        """;

    [Theory]
    [InlineData("item")]
    [InlineData("list")]
    public void Item_or_an_array_member_is_read_and_written_back(string value)
    {
        SpecParseResult parsed = SpecParser.Parse("/s/ping.zapi.yaml", Spec(value));

        Assert.True(parsed.Errors.IsEmpty, string.Join("\n", parsed.Errors));
        Assert.Equal(value, parsed.Spec!.SuccessResponse!.AlsoArray);
        Assert.Equal(value, SpecParser.Parse("/s/ping.zapi.yaml", SpecWriter.Write(parsed.Spec)).Spec!.SuccessResponse!.AlsoArray);
    }

    [Theory]
    [InlineData("link", "is neither")]
    [InlineData("nothing", "is neither")]
    public void A_value_that_is_not_item_nor_an_array_member_is_an_error(string value, string message)
    {
        SpecError error = Assert.Single(SpecParser.Parse("/s/ping.zapi.yaml", Spec(value)).Errors);

        Assert.Contains(message, error.Message, System.StringComparison.Ordinal);
        Assert.Equal(SpecErrorKind.InvalidValue, error.Kind);
    }

    [Fact]
    public void A_bare_array_cannot_stand_for_a_body_with_another_required_member()
    {
        string body = "      required:\n        - { name: id, type: string }\n      optional:\n        - { name: list, type: array, items: string }";

        SpecError error = Assert.Single(SpecParser.Parse("/s/ping.zapi.yaml", Spec("list", body)).Errors);

        Assert.Contains("'id' is required", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void It_belongs_to_an_object_body()
    {
        string yaml = Spec("item").Replace("    body:\n      optional:\n        - { name: link, type: string }\n        - { name: list, type: array, items: string }\n", "    items: string\n");

        Assert.Contains(SpecParser.Parse("/s/ping.zapi.yaml", yaml).Errors, e => e.Message.Contains("'alsoArray'", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_three_pages_whose_example_and_table_disagree_read_both_forms()
    {
        string[] ids = Directory("specs")
            .Select(path => SpecParser.ParseFile(path).Spec)
            .Where(spec => spec?.SuccessResponse?.AlsoArray is not null)
            .Select(spec => $"{spec!.Id}: {spec.SuccessResponse!.AlsoArray}")
            .OrderBy(id => id, System.StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(new[] { "get-profile-picture: item", "get-queue: messages", "phone-exists: item" }, ids);
    }

    private static string[] Directory(string folder) =>
        System.IO.Directory.GetFiles(System.IO.Path.Combine(Infrastructure.GeneratorHarness.RepositoryRoot, folder), "*.zapi.yaml", System.IO.SearchOption.AllDirectories);
}

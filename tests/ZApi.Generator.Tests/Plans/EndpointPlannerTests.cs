using System.IO;
using System.Linq;
using Xunit;
using ZApi.Generator.Tests.Infrastructure;
using ZApi.Specs.Model;
using ZApi.Specs.Parsing;
using ZApi.Specs.Plans;

namespace ZApi.Generator.Tests.Plans;

/// <summary>
/// The plan of a spec holds the decisions every reader shares: names, parameter order, route parts,
/// body and result shapes. Checked on repository specs and feature fixtures, and equal when made twice.
/// </summary>
public sealed class EndpointPlannerTests
{
    private static Spec Parse(string path)
    {
        SpecParseResult result = SpecParser.ParseFile(path);
        Assert.True(result.Spec is not null, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Spec!;
    }

    private static Spec Repository(string relativePath) => Parse(Path.Combine(GeneratorHarness.RepositoryRoot, "specs", relativePath));

    private static Spec Feature(string name) => Parse(Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "ZApi.Client.Tests", "Specs", "features", name));

    [Fact]
    public void Create_instance_plans_its_names_body_and_result()
    {
        EndpointPlan plan = EndpointPlanner.Plan(Repository("partner/create-instance.zapi.yaml"));

        Assert.Equal(new EndpointNames("CreateInstance", "partner", "PartnerClient", "CreateInstanceAsync", "CreateInstanceRequest", "CreateInstanceResponse", "CreateInstanceEndpoint", "ZApi.PartnerClient.CreateInstance.g.cs"), plan.Names);
        Assert.Equal("Post", plan.HttpMethodProperty);
        Assert.Equal(RouteKind.Fixed, plan.Route.Kind);
        Assert.False(plan.Route.BuildsPath);
        Assert.Equal(BodyShape.Object, plan.Body.Shape);
        Assert.Equal("CreateInstanceRequest", plan.Body.TypeName);
        Assert.Contains(plan.Body.Members, m => m.JsonName == "name" && m.Property == "Name" && m.EncodedField == "NameMember" && m.ReadLocal == "valueName");
        Assert.Equal(ResultShape.Object, plan.Result.Shape);
        Assert.Equal("CreateInstanceResponse", plan.Result.TypeName);
        Assert.Equal("CreateInstanceResponse", plan.Responses.Single(r => r.IsSuccess).TypeName);
        Assert.All(plan.Responses.Where(r => !r.IsSuccess), r => Assert.Null(r.TypeName));
    }

    [Fact]
    public void An_instance_route_with_a_path_parameter_is_split_after_the_instance_prefix()
    {
        EndpointPlan plan = EndpointPlanner.Plan(Feature("read-everything.zapi.yaml"));

        Assert.True(plan.IsInstanceBound);
        Assert.Equal(RouteKind.Built, plan.Route.Kind);
        Assert.Equal("everything/{phone}", plan.Route.AfterInstance);
        Assert.Equal(new[] { "everything/", null }, plan.Route.Parts.Select(p => p.Literal));
        Assert.Equal("phone", plan.Route.Parts[1].Parameter!.JsonName);
        Assert.True(plan.Route.HasQuery);
        Assert.Equal(
            new[] { ("instances", (string?)null), ("{instanceId}", "instanceId"), ("token", null), ("{instanceToken}", "instanceToken"), ("everything", null), ("{phone}", "phone") },
            plan.Route.Segments.Select(s => (s.Text, s.Parameter)));
        Assert.Equal(new[] { false, true, false, true, false, false }, plan.Route.Segments.Select(s => s.IsInstanceCredential));
    }

    [Fact]
    public void Parameters_keep_declared_order_and_the_method_puts_required_ones_before_the_body()
    {
        EndpointPlan plan = EndpointPlanner.Plan(Repository("queue/get-queue.zapi.yaml"));

        // Declared: required pageSize, then optional page: the order of the docs, the query string and the contract values.
        Assert.Equal(new[] { "pageSize", "page" }, plan.Parameters.Select(p => p.JsonName));
        Assert.Equal(new[] { 0, 1 }, plan.Parameters.Select(p => p.ValueIndex));
        Assert.Equal(new[] { "pageSize", "page" }, plan.MethodParameters.Select(p => p.Name));
        Assert.Equal(1, plan.BodyPosition);
        Assert.Equal(RouteKind.Built, plan.Route.Kind);

        // The instance prefix comes from the client, so even a parameterless path is built after it.
        Assert.Equal(new[] { "queue" }, plan.Route.Parts.Select(p => p.Literal));
    }

    [Fact]
    public void Optional_query_parameters_follow_the_path_and_required_ones_in_the_method()
    {
        EndpointPlan plan = EndpointPlanner.Plan(Feature("read-everything.zapi.yaml"));

        Assert.Equal(new[] { "phone", "since", "limit", "page" }, plan.Parameters.Select(p => p.Name));
        Assert.Equal(new[] { true, false, false, false }, plan.Parameters.Select(p => p.IsPath));
        Assert.Equal(1, plan.BodyPosition);
        Assert.Equal("Telefone", plan.Parameters[0].Description);
    }

    [Fact]
    public void An_array_body_has_no_request_record()
    {
        EndpointPlan plan = EndpointPlanner.Plan(Feature("import-contacts.zapi.yaml"));

        Assert.Equal(BodyShape.Array, plan.Body.Shape);
        Assert.Null(plan.Body.TypeName);
        Assert.Equal(TypeRef.ArrayOf(TypeRef.Named("Contact")), plan.Body.ArrayType);
    }

    [Fact]
    public void Result_shapes_follow_the_success_response()
    {
        Assert.Equal(ResultShape.ObjectOrMemberArray, EndpointPlanner.Plan(Repository("queue/get-queue.zapi.yaml")).Result.Shape);
        Assert.Equal("messages", EndpointPlanner.Plan(Repository("queue/get-queue.zapi.yaml")).Result.AlsoArrayMember!.JsonName);
        Assert.Equal(ResultShape.ObjectOrFirstItem, EndpointPlanner.Plan(Repository("contacts/phone-exists.zapi.yaml")).Result.Shape);

        EndpointPlan list = EndpointPlanner.Plan(Repository("business/get-tags.zapi.yaml"));
        Assert.True(list.Result.IsJson);
        Assert.False(list.Result.IsRecord);
        Assert.Equal(ResultShape.Array, list.Result.Shape);
        Assert.NotNull(list.Result.BodyType);
    }

    [Fact]
    public void Notes_reach_the_method_through_the_plan()
    {
        Spec spec = SpecParser.Parse("ping.zapi.yaml", SpecTexts.Ping).Spec!;
        var note = new PageNote("warning", "Atenção", "Cobrado por instância.", default);
        var error = spec.Responses.First(r => !r.IsSuccess);
        Spec noted = spec with
        {
            Notes = new[] { note }.ToEquatableArray(),
            Responses = spec.Responses.Select(r => r == error ? r with { Notes = new[] { note }.ToEquatableArray() } : r).ToEquatableArray(),
        };

        EndpointPlan plan = EndpointPlanner.Plan(noted);

        Assert.Equal(new[] { string.Empty, $"HTTP {error.StatusCode}: " }, plan.Docs.MethodNotes.Select(g => g.Prefix));
        Assert.Equal(noted.Notes, plan.Body.Notes);
        Assert.Empty(EndpointPlanner.Plan(spec).Docs.MethodNotes);
    }

    [Theory]
    [InlineData("specs/partner/create-instance.zapi.yaml")]
    [InlineData("specs/queue/get-queue.zapi.yaml")]
    [InlineData("tests/ZApi.Client.Tests/Specs/features/read-everything.zapi.yaml")]
    [InlineData("tests/ZApi.Client.Tests/Specs/features/import-contacts.zapi.yaml")]
    public void A_plan_made_twice_from_two_parses_is_equal(string relativePath)
    {
        string path = Path.Combine(GeneratorHarness.RepositoryRoot, relativePath);

        EndpointPlan first = EndpointPlanner.Plan(Parse(path));
        EndpointPlan second = EndpointPlanner.Plan(Parse(path));

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Plans_of_different_specs_differ()
    {
        Assert.NotEqual(EndpointPlanner.Plan(Repository("partner/create-instance.zapi.yaml")), EndpointPlanner.Plan(Repository("queue/get-queue.zapi.yaml")));
    }

    [Fact]
    public void A_member_plan_reads_by_the_shared_read_forms()
    {
        EndpointPlan plan = EndpointPlanner.Plan(Feature("read-everything.zapi.yaml"));
        MemberPlan archived = plan.Result.Members.Single(m => m.JsonName == "archived");

        Assert.Same(ReadForms.Of(AttributeType.Boolean), archived.ReadForms);
        Assert.Contains(archived.ReadForms, f => f.Accepts(ZApi.Specs.Json.JsonKind.String, "true", escaped: false));
        Assert.DoesNotContain(archived.ReadForms, f => f.Accepts(ZApi.Specs.Json.JsonKind.String, "1", escaped: false));
    }
}

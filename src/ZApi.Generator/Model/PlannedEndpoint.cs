using ZApi.Specs.Plans;

namespace ZApi.Generator.Model;

/// <summary>The plan step's output for one endpoint spec: its plan, or why planning failed (reported at the spec, as an emitter failure is).</summary>
/// <param name="FilePath">The spec file.</param>
/// <param name="Plan">The plan, or null when planning failed.</param>
/// <param name="Failure">The exception's type and message when planning failed, or null.</param>
internal sealed record PlannedEndpoint(string FilePath, EndpointPlan? Plan, string? Failure);

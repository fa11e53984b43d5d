using System.Threading;
using System.Threading.Tasks;
using Refit;

namespace ZApi.Benchmarks.PerCall;

/// <summary>create-instance as a Refit user declares it; the partner token goes in as <c>Authorization: Bearer</c>.</summary>
public interface IRefitPartnerApi
{
    [Post("/instances/integrator/on-demand")]
    Task<InstanceResponseDto> CreateInstanceAsync([Body] InstanceRequestDto request, [Authorize("Bearer")] string partnerToken, CancellationToken cancellationToken = default);
}

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

/// <summary>send-text as a Refit user declares it: the instance id and token in the route, Client-Token as a header.</summary>
public interface IRefitInstanceApi
{
    [Post("/instances/{instanceId}/token/{instanceToken}/send-text")]
    Task<MessageSentDto> SendTextAsync(string instanceId, string instanceToken, [Body] SendTextRequestDto request, [Header("Client-Token")] string clientToken, CancellationToken cancellationToken = default);
}

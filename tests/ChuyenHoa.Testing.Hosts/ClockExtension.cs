using ChuyenHoa.Host.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ChuyenHoa.Testing;

/// <summary>Gives a host the test's clock instead of the system's: the API's and the grains' (a test's FakeTimeProvider).</summary>
public sealed class ClockExtension(TimeProvider clock) : IHostExtension
{
    // Registered after the host's own TimeProvider.System, so this one is the one resolved.
    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddSingleton(clock);
}

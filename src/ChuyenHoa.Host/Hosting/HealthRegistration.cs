using ChuyenHoa.Api.Health;
using ChuyenHoa.Host.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChuyenHoa.Host.Hosting;

/// <summary>What <c>/health/ready</c> waits for: storage answers, the silo is active, and the demo data is loaded when it is on.</summary>
public static class HealthRegistration
{
    public static WebApplicationBuilder AddChuyenHoaHealthChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<SiloHealthCheck>("silo", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }

    /// <summary>The demo tenants and the reference case, loaded at start: by default with the development storage only.</summary>
    public static WebApplicationBuilder AddDemoData(this WebApplicationBuilder builder)
    {
        var settings = builder.ChuyenHoaSettings();
        if (settings.DemoData ?? (!settings.Storage.IsConfigured && builder.Environment.IsDevelopment()))
        {
            builder.Services.AddSingleton<DemoTenantsSeeder>();
            builder.Services.AddHostedService(services => services.GetRequiredService<DemoTenantsSeeder>());
            builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
                "demo-data", services => services.GetRequiredService<DemoTenantsSeeder>(), failureStatus: null, tags: [HealthEndpoints.ReadyTag]));
        }

        return builder;
    }
}

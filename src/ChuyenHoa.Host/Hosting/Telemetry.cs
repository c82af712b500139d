using ChuyenHoa.Api;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChuyenHoa.Host.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics of HTTP requests (in and out), Orleans grain calls and the Azure Storage SDK,
/// and the platform's own meters. Exported over OTLP only when an endpoint is configured.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "ChuyenHoa";

    /// <summary>An OTLP endpoint of our own (<c>ChuyenHoa:Telemetry:OtlpEndpoint</c>); the standard OTEL_EXPORTER_OTLP_* variables work too.</summary>
    public const string OtlpEndpointKey = "ChuyenHoa:Telemetry:OtlpEndpoint";

    /// <summary><c>grpc</c> (default, port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    public const string OtlpProtocolKey = "ChuyenHoa:Telemetry:OtlpProtocol";

    public static void AddChuyenHoaTelemetry(this WebApplicationBuilder builder, string clusterId)
    {
        // The Azure SDK creates activities for storage calls only with this switch on, read when its first client is made.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceInstanceId: $"{clusterId}/{Environment.MachineName}/{Environment.ProcessId}"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "Azure.*"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("Microsoft.Orleans", ApiMetrics.MeterName));

        var endpoint = builder.Configuration[OtlpEndpointKey];
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            var protocol = builder.Configuration[OtlpProtocolKey] == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, new Uri(endpoint));
        }
        else if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
    }
}

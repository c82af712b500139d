using System.Collections.Concurrent;
using System.Net;
using System.Text;
using ChuyenHoa.Api.Diagnostics;
using ChuyenHoa.Api.Tests.GraphQL;
using ChuyenHoa.Host.Hosting;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.Reliability;

/// <summary>A host configured with an OTLP endpoint (HTTP/protobuf) sends its traces there: HTTP, grain calls, storage calls.</summary>
public sealed class OtlpExportTests(OtlpExportTests.ExportingHost api) : IClassFixture<OtlpExportTests.ExportingHost>
{
    [Fact]
    public async Task Traces_of_a_request_reach_the_configured_otlp_endpoint_with_its_correlation_id_and_the_grain_and_storage_calls_it_made()
    {
        using var district = api.QuynhNhai();
        var correlationId = $"otlp-{Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.OK, (await district.SendAsync(ObservabilityTests.CorrelatedReport(correlationId, 2))).Status);

        // Spans are batched (every 5 s by default); protobuf keeps strings as UTF-8 bytes, so names can be looked for as text.
        string[] expected = [correlationId, "Microsoft.AspNetCore", "Microsoft.Orleans.Application", "Azure.Storage.Blobs", CorrelationIdMiddleware.TraceTag];
        await Eventually.HoldsAsync(
            () => Task.FromResult(expected.All(api.Collector.Received)),
            TimeSpan.FromSeconds(60),
            $"the OTLP endpoint received spans naming {string.Join(", ", expected)} (missing: {string.Join(", ", expected.Where(e => !api.Collector.Received(e)))})");
        Assert.All(api.Collector.Paths, path => Assert.StartsWith("/v1/", path));
    }

    public sealed class ExportingHost : ApiHostFixture
    {
        public OtlpCollector Collector { get; } = new();

        protected override ReferenceData Data => ReferenceData.Plan;

        protected override Dictionary<string, string?> Settings => new()
        {
            [Telemetry.OtlpEndpointKey] = Collector.Address.ToString(),
            [Telemetry.OtlpProtocolKey] = "http/protobuf",
        };
    }

    /// <summary>An OTLP/HTTP receiver that keeps what it is sent.</summary>
    public sealed class OtlpCollector : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentQueue<(string Path, string Body)> _requests = new();

        public OtlpCollector()
        {
            Address = new Uri($"http://127.0.0.1:{FreePorts.Next()}/");
            _listener.Prefixes.Add(Address.ToString());
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public Uri Address { get; }

        public IEnumerable<string> Paths => _requests.Select(r => r.Path);

        public bool Received(string text) => _requests.Any(r => r.Body.Contains(text, StringComparison.Ordinal));

        public void Dispose() => _listener.Close();

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                _requests.Enqueue((context.Request.Url!.AbsolutePath, Encoding.UTF8.GetString(body.ToArray())));
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        }
    }
}

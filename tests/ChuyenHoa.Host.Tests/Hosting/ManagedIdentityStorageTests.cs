using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ChuyenHoa.DevelopmentStorage;
using ChuyenHoa.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace ChuyenHoa.Host.Tests.Hosting;

/// <summary>
/// A silo process configured with the storage service URIs and no key at all, against Azurite serving HTTPS (a
/// certificate made here) with its basic OAuth. The process gets its tokens the way a managed identity does in Azure
/// App Service and Container Apps: Azure.Identity's ManagedIdentityCredential asks the local identity endpoint named by
/// IDENTITY_ENDPOINT / IDENTITY_HEADER, played here by a listener that mints unsigned tokens with Entra's issuer and the
/// storage audience (Azurite checks those and the lifetime, not the signature).
/// </summary>
[Trait("Category", "Slow")]
public sealed class ManagedIdentityStorageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string IdentityHeader = "chuyenhoa-test-identity-header";

    private readonly string _folder = Directory.CreateTempSubdirectory("chuyenhoa-mi-").FullName;
    private readonly string _clusterId = SiloHost.NewClusterId();
    private X509Certificate2? _certificate;
    private AzuriteProcess? _azurite;
    private IdentityEndpoint? _identity;

    public async Task InitializeAsync()
    {
        _certificate = CreateLoopbackCertificate();
        var certificatePath = Path.Combine(_folder, "azurite.crt");
        var keyPath = Path.Combine(_folder, "azurite.key");
        await File.WriteAllTextAsync(certificatePath, _certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(keyPath, _certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        _azurite = await AzuriteProcess.StartAsync(
            new AzuriteLaunch(AzuriteFixture.PackageDirectory, Location: null, Tls: new AzuriteTls(certificatePath, keyPath)), NullLogger.Instance);
        _identity = IdentityEndpoint.Start();
    }

    [Fact]
    public async Task A_silo_with_service_uris_and_a_managed_identity_token_keeps_membership_grain_state_and_documents_in_the_account()
    {
        await using var silo = HostProcess.Start(
            new Dictionary<string, string?>
            {
                ["ChuyenHoa:Storage:TableServiceUri"] = _azurite!.TableServiceUri.ToString(),
                ["ChuyenHoa:Storage:BlobServiceUri"] = _azurite.BlobServiceUri.ToString(),
                ["ChuyenHoa:Cluster:ClusterId"] = _clusterId,
                ["ChuyenHoa:Cluster:ServiceId"] = _clusterId,
                ["ChuyenHoa:Cluster:SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ChuyenHoa:Cluster:GatewayPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ChuyenHoa:DataPath"] = _folder,
                // The demo tenants: unit grains in Table storage, the reference case's plan and reports in Blob storage.
                ["ChuyenHoa:DemoData"] = "true",
                // Only the managed identity, as AZURE_TOKEN_CREDENTIALS narrows the chain in production.
                ["AZURE_TOKEN_CREDENTIALS"] = "ManagedIdentityCredential",
                ["IDENTITY_ENDPOINT"] = _identity!.Address.ToString(),
                ["IDENTITY_HEADER"] = IdentityHeader,
                // The host trusts the test's certificate and nothing else (OpenSSL's trust store, read by .NET on Linux).
                ["SSL_CERT_FILE"] = Path.Combine(_folder, "azurite.crt"),
                ["SSL_CERT_DIR"] = _folder,
            },
            Path.Combine(_folder, "silo.log"));

        await Eventually.HoldsAsync(silo.IsReadyAsync, TimeSpan.FromSeconds(180), "the silo is ready");

        // Read back with the account key over the same HTTPS endpoints: what the silo wrote with its tokens.
        var transport = new HttpClientTransport(new HttpClient(new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetCertHashString() == _certificate!.GetCertHashString(),
            },
        }));
        var tables = new TableServiceClient(_azurite.ConnectionString, new TableClientOptions { Transport = transport });
        var blobs = new BlobServiceClient(_azurite.ConnectionString, new BlobClientOptions { Transport = transport });

        var members = await tables.GetTableClient("OrleansSiloInstances").QueryAsync<TableEntity>(e => e.PartitionKey == _clusterId).ToListAsync();
        Assert.Contains(members, m => m.GetString("Status") == "Active");
        await Eventually.HoldsAsync(
            async () => await tables.GetTableClient("OrleansGrainState").QueryAsync<TableEntity>(maxPerPage: 1).AnyAsync(),
            TimeSpan.FromSeconds(90), "unit grains are stored in OrleansGrainState");
        var container = blobs.GetBlobContainerClient($"state-{_clusterId}");
        await Eventually.HoldsAsync(async () => await container.ExistsAsync() && await container.GetBlobsAsync().AnyAsync(), TimeSpan.FromSeconds(90), "the reference case's documents are stored as blobs");

        output.WriteLine($"{_identity.TokensIssued} tokens issued for {string.Join(", ", _identity.Resources.Distinct())}; {members.Count} membership rows");
        Assert.True(_identity.TokensIssued > 0);
        Assert.All(_identity.Resources, resource => Assert.Equal("https://storage.azure.com", resource));
    }

    public async Task DisposeAsync()
    {
        _identity?.Dispose();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        _certificate?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static X509Certificate2 CreateLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
    }

    /// <summary>The App Service / Container Apps managed identity endpoint (API 2019-08-01), minting tokens Azurite accepts.</summary>
    private sealed class IdentityEndpoint : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly List<string> _resources = [];

        private IdentityEndpoint(Uri address)
        {
            Address = address;
            _listener.Prefixes.Add(address.ToString());
            _listener.Start();
            _ = ServeAsync();
        }

        public Uri Address { get; }

        public int TokensIssued
        {
            get
            {
                lock (_resources)
                {
                    return _resources.Count;
                }
            }
        }

        public IReadOnlyList<string> Resources
        {
            get
            {
                lock (_resources)
                {
                    return [.. _resources];
                }
            }
        }

        public static IdentityEndpoint Start() => new(new Uri($"http://127.0.0.1:{FreePorts.Next()}/msi/token/"));

        public void Dispose() => _listener.Close();

        private async Task ServeAsync()
        {
            while (true)
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

                var resource = context.Request.QueryString["resource"] ?? "";
                if (context.Request.Headers["X-IDENTITY-HEADER"] != IdentityHeader)
                {
                    context.Response.StatusCode = 401;
                    context.Response.Close();
                    continue;
                }

                lock (_resources)
                {
                    _resources.Add(resource.TrimEnd('/'));
                }

                var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
                var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
                {
                    ["access_token"] = UnsignedToken(resource.TrimEnd('/')),
                    ["expires_on"] = expires.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["resource"] = resource,
                    ["token_type"] = "Bearer",
                    ["client_id"] = "00000000-0000-0000-0000-000000000001",
                });
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        }

        private static string UnsignedToken(string audience)
        {
            static string Encode(object value) => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            const string tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
            return Encode(new { alg = "none", typ = "JWT" }) + "." + Encode(new Dictionary<string, object>
            {
                ["aud"] = audience,
                ["iss"] = $"https://sts.windows.net/{tenant}/",
                ["iat"] = now,
                ["nbf"] = now - 60,
                ["exp"] = now + 3600,
                ["tid"] = tenant,
                ["oid"] = "00000000-0000-0000-0000-000000000002",
            }) + ".";
        }
    }
}

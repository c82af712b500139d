using ChuyenHoa.Host.Configuration;

namespace ChuyenHoa.Host.Tests.Configuration;

public sealed class StorageOptionsTests
{
    private static readonly Uri Table = new("https://chuyenhoaprod.table.core.windows.net");
    private static readonly Uri Blob = new("https://chuyenhoaprod.blob.core.windows.net");

    [Fact]
    public void Both_service_uris_over_https_are_accepted_outside_development()
    {
        Assert.Empty(new StorageOptions { TableServiceUri = Table, BlobServiceUri = Blob }.Validate(isDevelopment: false));
    }

    [Fact]
    public void A_connection_string_alone_is_accepted_outside_development()
    {
        Assert.Empty(new StorageOptions { ConnectionString = "UseDevelopmentStorage=true" }.Validate(isDevelopment: false));
    }

    [Fact]
    public void Nothing_configured_means_the_embedded_azurite_in_development_and_an_error_naming_the_keys_elsewhere()
    {
        Assert.Empty(new StorageOptions().Validate(isDevelopment: true));

        var error = Assert.Single(new StorageOptions().Validate(isDevelopment: false));
        Assert.Contains("ChuyenHoa:Storage:TableServiceUri", error);
        Assert.Contains("ChuyenHoa:Storage:ConnectionString", error);
    }

    [Fact]
    public void Service_uris_and_a_connection_string_together_are_refused()
    {
        var error = Assert.Single(new StorageOptions { TableServiceUri = Table, BlobServiceUri = Blob, ConnectionString = "UseDevelopmentStorage=true" }.Validate(isDevelopment: true));

        Assert.Contains("không đặt cả hai", error);
    }

    [Fact]
    public void One_service_uri_without_the_other_is_refused_naming_the_missing_one()
    {
        var error = Assert.Single(new StorageOptions { TableServiceUri = Table }.Validate(isDevelopment: false));

        Assert.Contains("ChuyenHoa:Storage:BlobServiceUri", error);
    }

    [Fact]
    public void A_relative_uri_is_refused()
    {
        var error = Assert.Single(new StorageOptions { TableServiceUri = new Uri("chuyenhoaprod.table", UriKind.Relative), BlobServiceUri = Blob }.Validate(isDevelopment: true));

        Assert.Contains("ChuyenHoa:Storage:TableServiceUri", error);
        Assert.Contains("https://", error);
    }

    [Fact]
    public void Plain_http_uris_are_refused_outside_development_and_allowed_in_it()
    {
        var options = new StorageOptions { TableServiceUri = new Uri("http://127.0.0.1:10002/devstoreaccount1"), BlobServiceUri = new Uri("http://127.0.0.1:10000/devstoreaccount1") };

        Assert.Empty(options.Validate(isDevelopment: true));
        Assert.Equal(2, options.Validate(isDevelopment: false).Count(e => e.Contains("phải dùng https", StringComparison.Ordinal)));
    }
}

using System.Net;
using Microsoft.Extensions.Options;

namespace ChuyenHoa.Host.Configuration;

/// <summary>Refuses settings the host cannot run with, each failure a sentence naming its key.</summary>
internal sealed class ChuyenHoaOptionsValidator(IHostEnvironment environment) : IValidateOptions<ChuyenHoaOptions>
{
    public ValidateOptionsResult Validate(string? name, ChuyenHoaOptions options)
    {
        var failures = new List<string>(options.Storage.Validate(environment.IsDevelopment()));
        Positive(failures, "Storage:StartupTimeout", options.Storage.StartupTimeout);

        var cluster = options.Cluster;
        NotEmpty(failures, "Cluster:ClusterId", cluster.ClusterId);
        NotEmpty(failures, "Cluster:ServiceId", cluster.ServiceId);
        Port(failures, "Cluster:SiloPort", cluster.SiloPort);
        // 0 turns the gateway off.
        if (cluster.GatewayPort != 0)
        {
            Port(failures, "Cluster:GatewayPort", cluster.GatewayPort);
        }

        if (!string.IsNullOrWhiteSpace(cluster.AdvertisedIPAddress) && !IPAddress.TryParse(cluster.AdvertisedIPAddress, out _))
        {
            failures.Add($"{ChuyenHoaOptions.Section}:Cluster:AdvertisedIPAddress \"{cluster.AdvertisedIPAddress}\" không phải địa chỉ IP (ví dụ 10.0.0.4); để trống để dùng địa chỉ của máy theo tên máy.");
        }

        Positive(failures, "Cluster:LeaveTimeout", cluster.LeaveTimeout);

        if (!options.Storage.IsConfigured)
        {
            var azurite = options.Azurite;
            Port(failures, "Azurite:BlobPort", azurite.BlobPort);
            Port(failures, "Azurite:QueuePort", azurite.QueuePort);
            Port(failures, "Azurite:TablePort", azurite.TablePort);
            if (new[] { azurite.BlobPort, azurite.QueuePort, azurite.TablePort }.Distinct().Count() < 3)
            {
                failures.Add($"{ChuyenHoaOptions.Section}:Azurite:BlobPort, QueuePort và TablePort phải là ba cổng khác nhau ({azurite.BlobPort}, {azurite.QueuePort}, {azurite.TablePort}).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Port(List<string> failures, string key, int port)
    {
        if (port is < IPEndPoint.MinPort + 1 or > IPEndPoint.MaxPort)
        {
            failures.Add($"{ChuyenHoaOptions.Section}:{key} phải là số cổng từ 1 đến 65535, không phải {port}.");
        }
    }

    private static void Positive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{ChuyenHoaOptions.Section}:{key} phải là khoảng thời gian dương (ví dụ 00:00:15), không phải {value}.");
        }
    }

    private static void NotEmpty(List<string> failures, string key, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{ChuyenHoaOptions.Section}:{key} không được để trống.");
        }
    }
}

using ChuyenHoa.Api.Authentication;

namespace ChuyenHoa.Api.Tests.Authentication;

public sealed class DevelopmentIssuerKeyTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), $"chuyenhoa-key-{Guid.NewGuid():N}");

    [Fact]
    public void Nothing_is_written_until_the_key_is_first_used()
    {
        var issuer = new DevelopmentIssuer(_dataPath);

        Assert.False(Directory.Exists(_dataPath));
        Assert.Equal(Path.Combine(_dataPath, "dev-issuer", "signing-key.pem"), issuer.KeyFile);
    }

    [Fact]
    public async Task Issuers_racing_to_create_the_key_end_up_with_one_key_file_readable_only_by_its_owner()
    {
        var keyIds = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => new DevelopmentIssuer(_dataPath).LoadPublicKey().KeyId)));

        Assert.Single(keyIds.Distinct());
        Assert.Equal(["signing-key.pem"], Directory.GetFiles(Path.Combine(_dataPath, "dev-issuer")).Select(Path.GetFileName));
        Assert.Equal(keyIds[0], new DevelopmentIssuer(_dataPath).LoadSigningCredentials().Key.KeyId);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(new DevelopmentIssuer(_dataPath).KeyFile));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }
}

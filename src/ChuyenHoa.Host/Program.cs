using ChuyenHoa.Host.Hosting;
using Microsoft.Extensions.Options;

try
{
    await using var app = await ChuyenHoaHost.BuildAsync(args);
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is StartupException or OptionsValidationException)
{
    // A misconfiguration gets a sentence a person can act on, not a stack trace.
    Console.Error.WriteLine($"ChuyenHoa không khởi động được: {e.Message}");
    return 2;
}

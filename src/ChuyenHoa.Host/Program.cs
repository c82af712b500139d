using ChuyenHoa.Host.Cli;
using ChuyenHoa.Host.Hosting;
using Microsoft.Extensions.Options;

// The token command needs only the data folder: it returns before storage or the silo is touched.
if (args is [TokenCommand.Name, .. var tokenArguments])
{
    return TokenCommand.Run(tokenArguments, Console.Out, Console.Error);
}

// The onboard command only calls a running host over HTTP: it builds nothing of its own.
if (args is [OnboardCommand.Name, .. var onboardArguments])
{
    return await OnboardCommand.RunAsync(onboardArguments, Console.Out, Console.Error);
}

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

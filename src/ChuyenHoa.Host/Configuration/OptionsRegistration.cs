using ChuyenHoa.Host.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace ChuyenHoa.Host.Configuration;

/// <summary>The <c>ChuyenHoa</c> section and Orleans' membership settings under it, bound and checked before anything starts.</summary>
public static class OptionsRegistration
{
    /// <summary>Binds to Orleans' <see cref="ClusterMembershipOptions"/> by property name (ProbeTimeout, NumMissedProbesLimit, ...).</summary>
    public const string MembershipSection = "ChuyenHoa:Cluster:Membership";

    public static WebApplicationBuilder AddChuyenHoaOptions(this WebApplicationBuilder builder)
    {
        var pod = KubernetesPod.FromEnvironment(Environment.GetEnvironmentVariable);
        builder.Services.AddSingleton<IValidateOptions<ChuyenHoaOptions>, ChuyenHoaOptionsValidator>();
        builder.Services.AddOptions<ChuyenHoaOptions>().BindConfiguration(ChuyenHoaOptions.Section).PostConfigure(o => ApplyPodLabels(o, pod)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ClusterMembershipOptions>, MembershipOptionsValidator>();
        builder.Services.AddOptions<ClusterMembershipOptions>().BindConfiguration(MembershipSection).ValidateOnStart();
        return builder;
    }

    /// <summary>
    /// The settings as configured, for the choices composition makes (which storage, demo data or not); a value that
    /// cannot be read as its type stops here. Everything else reads them through <c>IOptions</c>, validated.
    /// </summary>
    public static ChuyenHoaOptions ChuyenHoaSettings(this IHostApplicationBuilder builder)
    {
        // Bound once and kept with the builder: several Add* calls read it, and the configuration is complete by then.
        if (builder.Properties.TryGetValue(typeof(ChuyenHoaOptions), out var bound))
        {
            return (ChuyenHoaOptions)bound;
        }

        try
        {
            var options = builder.Configuration.GetSection(ChuyenHoaOptions.Section).Get<ChuyenHoaOptions>() ?? new ChuyenHoaOptions();
            ApplyPodLabels(options, KubernetesPod.FromEnvironment(Environment.GetEnvironmentVariable));
            builder.Properties[typeof(ChuyenHoaOptions)] = options;
            return options;
        }
        catch (InvalidOperationException e)
        {
            throw Unreadable(e);
        }
    }

    /// <summary>
    /// Runs the checks that <c>ValidateOnStart</c> registered, before the host starts: outside the generic host a failure
    /// is one sentence instead of a logged stack trace, and it comes before the development storage or the silo start.
    /// </summary>
    public static void ValidateSettings(this WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException e) when (e.OptionsType == typeof(ChuyenHoaOptions) || e.OptionsType == typeof(ClusterMembershipOptions))
        {
            throw new StartupException(string.Join(' ', e.Failures), e);
        }
        catch (AggregateException e)
        {
            // Several sections failed at once: every sentence, in one message.
            throw new StartupException(string.Join(' ', e.InnerExceptions.Select(inner => inner.Message)), e);
        }
        catch (InvalidOperationException e)
        {
            throw Unreadable(e);
        }
    }

    // The binder's message names the key and the type: "Failed to convert configuration value '...' at 'ChuyenHoa:...' to type '...'".
    private static StartupException Unreadable(InvalidOperationException e) => new($"Một giá trị cấu hình không đọc được: {e.Message}", e);

    /// <summary>The pod's labels name the cluster, for Orleans' Kubernetes hosting and for our blob container alike.</summary>
    private static void ApplyPodLabels(ChuyenHoaOptions options, KubernetesPod? pod)
    {
        if (pod is not null)
        {
            options.Cluster.ClusterId = pod.ClusterId ?? options.Cluster.ClusterId;
            options.Cluster.ServiceId = pod.ServiceId ?? options.Cluster.ServiceId;
        }
    }
}

using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace ChuyenHoa.Api.Authentication;

/// <summary>
/// Sign-in with Microsoft Entra ID bearer tokens (Microsoft.Identity.Web, section <c>AzureAd</c>) and
/// tenancy (<c>ChuyenHoa:Tenants</c>). In Development the <see cref="DevelopmentIssuer"/> replaces
/// Entra, so that the platform runs and is tested offline.
/// </summary>
public static class AuthenticationSetup
{
    public const string AzureAdSection = "AzureAd";

    /// <param name="dataPath">The local data folder; in Development the development issuer keeps its key there.</param>
    public static WebApplicationBuilder AddChuyenHoaAuthentication(this WebApplicationBuilder builder, string dataPath)
    {
        var development = builder.Environment.IsDevelopment();
        var azureAd = builder.Configuration.GetSection(AzureAdSection);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(
                _ => { },
                identity =>
                {
                    azureAd.Bind(identity);
                    if (development)
                    {
                        // Microsoft.Identity.Web insists on these; the development issuer's post-configuration makes them moot.
                        identity.Instance = string.IsNullOrEmpty(identity.Instance) ? "https://login.microsoftonline.com/" : identity.Instance;
                        identity.TenantId ??= DevelopmentIssuer.TenantId;
                        identity.ClientId ??= DevelopmentIssuer.Audience;
                    }
                });
        // Without these, Microsoft.Identity.Web throws on every request, health probes included: refuse to start instead.
        builder.Services.AddOptions<MicrosoftIdentityOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Validate(
                o => !string.IsNullOrEmpty(o.ClientId) && (!string.IsNullOrEmpty(o.Authority) || (!string.IsNullOrEmpty(o.Instance) && !string.IsNullOrEmpty(o.TenantId))),
                $"Thiếu cấu hình đăng nhập Entra ID: đặt {AzureAdSection}:ClientId, {AzureAdSection}:Instance và {AzureAdSection}:TenantId (hoặc {AzureAdSection}:Authority).")
            .ValidateOnStart();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<CallerFactory, ILogger<CallerFactory>>(RequireTenancy);
        builder.Services.AddAuthorization();
        builder.Services.AddSingleton<CallerFactory>();
        builder.Services.AddSingleton<IValidateOptions<TenancyOptions>, TenancyOptionsValidator>();
        var tenancy = builder.Services.AddOptions<TenancyOptions>().BindConfiguration(TenancyOptions.Section).ValidateOnStart();

        if (development)
        {
            var issuer = new DevelopmentIssuer(dataPath);
            builder.Services.AddSingleton(issuer);
            builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).PostConfigure(issuer.ReplaceEntraValidation);
            tenancy.PostConfigure(o =>
            {
                if (o.Tenants.Count == 0)
                {
                    o.Tenants.AddRange(DevelopmentIssuer.DemoTenantMappings);
                }
            });
        }

        return builder;
    }

    /// <summary>Authentication and authorization in the pipeline, <c>GET /api/me</c>, and in Development the issuer's endpoints.</summary>
    public static WebApplication UseChuyenHoaAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        if (app.Environment.IsDevelopment())
        {
            app.MapDevelopmentIssuer();
        }

        app.MapMeEndpoint();
        return app;
    }

    private static void RequireTenancy(JwtBearerOptions options, CallerFactory callers, ILogger<CallerFactory> logger)
    {
        // Claims keep their token names (oid, roles, tid), as the tenant mapping names them.
        options.MapInboundClaims = false;
        options.TokenValidationParameters.NameClaimType = ClaimConstants.Name;
        options.TokenValidationParameters.RoleClaimType = ClaimConstants.Roles;

        options.Events ??= new JwtBearerEvents();
        var validated = options.Events.OnTokenValidated;
        options.Events.OnTokenValidated = async context =>
        {
            await validated(context);
            if (context.Result is null && !callers.TryCreate(context.Principal!, out _, out var refusal))
            {
                logger.LogInformation("Bearer token refused: {Reason}", refusal);
                context.Fail(refusal);
            }
        };
    }
}

using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests;

/// <summary>Grain state that test classes of several folders start from, loaded once per test process and copied for each test.</summary>
internal static class StoredStates
{
    /// <summary>Sơn La and Lai Châu onboarded on the 2024 edition and the reference case loaded; the answer is Chiềng Khoang's proposal.</summary>
    public static GrainStateTemplate<Guid> ReferenceCase { get; } = new(async grains =>
    {
        await grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024");
        await grains.GetGrain<ITenantGrain>("12").OnboardAsync("2024");
        return await ReferenceCaseLoader.LoadAsync(grains);
    });

    /// <summary>Sơn La onboarded on the 2024 edition.</summary>
    public static GrainStateTemplate<TenantInfo> SonLa2024 { get; } = new(grains => grains.GetGrain<ITenantGrain>("14").OnboardAsync("2024"));
}

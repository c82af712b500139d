namespace ChuyenHoa.Api.Authentication;

/// <summary>The <c>ChuyenHoa:Tenants</c> list: which Entra tenants sign in for which province.</summary>
public sealed class TenancyOptions
{
    public const string Section = "ChuyenHoa";

    public List<TenantMapping> Tenants { get; set; } = [];
}

/// <summary>One province and the Entra tenants whose tokens may act for it.</summary>
public sealed class TenantMapping
{
    public const string DefaultProvinceClaim = "province";
    public const string DefaultDistrictClaim = "district";
    public const string DefaultCommuneClaim = "commune";

    /// <summary>The province's GSO code, e.g. <c>14</c>.</summary>
    public string ProvinceCode { get; set; } = "";

    /// <summary>The <c>tid</c> values of the tenants; a token from any other tenant is refused.</summary>
    public List<string> TenantIds { get; set; } = [];

    /// <summary>The claim that names the caller's province; it must be <see cref="ProvinceCode"/>.</summary>
    public string ProvinceClaim { get; set; } = DefaultProvinceClaim;

    /// <summary>The claim that names a district committee's district; when present it must be a district of the province.</summary>
    public string DistrictClaim { get; set; } = DefaultDistrictClaim;

    /// <summary>The claim that names a commune committee's commune; when present it must be a commune of the province.</summary>
    public string CommuneClaim { get; set; } = DefaultCommuneClaim;
}

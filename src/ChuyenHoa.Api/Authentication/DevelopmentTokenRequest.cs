using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Security;

namespace ChuyenHoa.Api.Authentication;

/// <summary>Who a development token speaks for and how long it lasts.</summary>
public sealed record DevelopmentTokenRequest(string Role, string ProvinceCode, string? DistrictCode, string DisplayName, TimeSpan Lifetime, string? CommuneCode = null)
{
    public const int DefaultMinutes = 60;
    public const int MaxMinutes = 1440;

    private static readonly string RoleList = string.Join(", ", Roles.All);

    /// <summary>
    /// The token's <c>oid</c>: derived from the person and scope, so the same person asking twice is the
    /// same user in the audit trail, as with a real directory.
    /// </summary>
    public string UserId =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(CommuneCode is null ? $"{Role}|{ProvinceCode}|{DistrictCode}|{DisplayName}" : $"{Role}|{ProvinceCode}|{DistrictCode}|{CommuneCode}|{DisplayName}")).AsSpan(0, 16)).ToString();

    /// <summary>
    /// Checks what a person asked for (the <c>token</c> command, the dashboard's demo sign-in) against the roles and the
    /// official units. <paramref name="optionPrefix"/> names the inputs in messages as the asker wrote them (<c>--role</c> or <c>role</c>).
    /// </summary>
    /// <returns>What is wrong, in Vietnamese, or null when <paramref name="request"/> is set.</returns>
    public static string? TryCreate(string? role, string? province, string? district, string? commune, string? name, string? minutesText, string optionPrefix, out DevelopmentTokenRequest? request)
    {
        request = null;
        if (role is null)
        {
            return $"Thiếu {optionPrefix}role: một trong {RoleList}.";
        }

        if (!Roles.All.Contains(role, StringComparer.Ordinal))
        {
            return $"Vai trò \"{role}\" không có. Các vai trò: {RoleList}.";
        }

        if (province is null)
        {
            return $"Thiếu {optionPrefix}province: mã tỉnh của Tổng cục Thống kê, ví dụ 14 (Sơn La).";
        }

        if (!AdministrativeScopes.IsProvince(province))
        {
            return $"Không có tỉnh mã \"{province}\" trong danh mục đơn vị hành chính.";
        }

        if (district is not null && !AdministrativeScopes.IsDistrictOf(district, province))
        {
            return $"Mã \"{district}\" không phải một huyện của {ProvinceName(province)}.";
        }

        if (district is null && role == Roles.DistrictCommittee)
        {
            return $"Vai trò {Roles.DistrictCommittee} cần {optionPrefix}district: mã một huyện của {ProvinceName(province)}, ví dụ 118 (Quỳnh Nhai, Sơn La).";
        }

        if (commune is not null && !AdministrativeScopes.IsCommuneOf(commune, province))
        {
            return $"Mã \"{commune}\" không phải một xã, phường của {ProvinceName(province)}.";
        }

        if (commune is null && role == Roles.CommuneCommittee)
        {
            return $"Vai trò {Roles.CommuneCommittee} cần {optionPrefix}commune: mã một xã, phường của {ProvinceName(province)}, ví dụ 03703 (Xã Quỳnh Nhai, Sơn La).";
        }

        name ??= DefaultName(role, province, district, commune);
        if (string.IsNullOrWhiteSpace(name))
        {
            return $"{optionPrefix}name không được để trống.";
        }

        minutesText ??= DefaultMinutes.ToString(CultureInfo.InvariantCulture);
        if (!int.TryParse(minutesText, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 1 or > MaxMinutes)
        {
            return $"{optionPrefix}minutes phải là số nguyên từ 1 đến {MaxMinutes}, không phải \"{minutesText}\".";
        }

        request = new DevelopmentTokenRequest(role, province, district, name.Trim(), TimeSpan.FromMinutes(minutes), commune);
        return null;
    }

    private static string ProvinceName(string provinceCode) =>
        AdministrativeUnitCatalog.For(DivisionEdition.ThreeLevel2024).Find(provinceCode)?.FullName ?? $"tỉnh {provinceCode}";

    private static string DefaultName(string role, string province, string? district, string? commune)
    {
        var units = AdministrativeUnitCatalog.For(DivisionEdition.ThreeLevel2024);
        var unit = (district is null ? null : units.Find(district)) ?? units.Find(province);
        // A commune committee works in the two-level structure: its commune is named as the 2025 list names it.
        var communeUnit = commune is null ? null : AdministrativeUnitCatalog.For(DivisionEdition.TwoLevel2025).Find(commune) ?? units.Find(commune);
        return role switch
        {
            Roles.ProvinceCommittee or Roles.DistrictCommittee => $"Ban Chỉ đạo 138 {unit?.FullName}",
            Roles.CommuneCommittee => $"Ban Chỉ đạo 138 {communeUnit?.FullName}",
            Roles.ProvincePolice => $"Công an {unit?.FullName}",
            Roles.Analyst => $"Chuyên viên phân tích {unit?.FullName}",
            _ => "Quản trị nền tảng",
        };
    }
}

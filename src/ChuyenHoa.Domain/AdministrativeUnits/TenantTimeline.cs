using ChuyenHoa.Periods;

namespace ChuyenHoa.AdministrativeUnits;

/// <summary>
/// A tenant (province) across editions: which structure is in force on a date and which provinces of that structure it
/// reads. A province of 2025 has the three-level edition until 30 Jun 2025, made of its predecessor provinces, then its own
/// code from 1 Jul 2025; a province of 2024 only (merged into another) has the three-level edition alone.
/// </summary>
public sealed class TenantTimeline
{
    private TenantTimeline(string provinceCode, IReadOnlyList<TenantEdition> editions)
    {
        ProvinceCode = provinceCode;
        Editions = editions;
    }

    /// <summary>The tenant's code, in the latest edition of its timeline.</summary>
    public string ProvinceCode { get; }

    /// <summary>The spans, earliest first.</summary>
    public IReadOnlyList<TenantEdition> Editions { get; }

    /// <summary>The old provinces a province of 2025 was made of (itself included when it kept its code); empty for a province of 2024 only.</summary>
    public IReadOnlyList<string> PredecessorProvinces =>
        Editions.Count > 1 ? Editions[^2].ProvinceCodes : [];

    /// <summary>The timeline of the province <paramref name="provinceCode"/>, from the GSO lists and mapping.</summary>
    /// <exception cref="AdministrativeUnitNotFoundException">No edition has a province of that code.</exception>
    public static TenantTimeline For(string provinceCode) =>
        Find(provinceCode) ?? throw new AdministrativeUnitNotFoundException(provinceCode, EditionMapping.From2024To2025.To.Id);

    /// <summary>The timeline of the province <paramref name="provinceCode"/>; null when no edition has a province of that code.</summary>
    public static TenantTimeline? Find(string provinceCode)
    {
        var mapping = EditionMapping.From2024To2025;
        if (AdministrativeUnitCatalog.For(mapping.To).Find(provinceCode) is { Level: UnitLevel.Province })
        {
            return new(provinceCode, [
                new(mapping.From, [.. mapping.PredecessorsOf(provinceCode).Select(p => p.Code)]),
                new(mapping.To, [provinceCode])]);
        }

        return AdministrativeUnitCatalog.For(mapping.From).Find(provinceCode) is { Level: UnitLevel.Province }
            ? new(provinceCode, [new(mapping.From, [provinceCode])])
            : null;
    }

    /// <summary>The span in force on <paramref name="date"/>; null before the timeline starts or after a merged province ended.</summary>
    public TenantEdition? On(DateOnly date) => Editions.FirstOrDefault(e => e.Edition.IsInForceOn(date));

    /// <summary>The spans in force during <paramref name="period"/>, earliest first: two for a period across a change of edition (the year 2025).</summary>
    public IReadOnlyList<TenantEdition> Over(Period period)
    {
        var first = new DateOnly(period.Year, period.FirstMonth, 1);
        var last = first.AddMonths(period.MonthCount).AddDays(-1);
        return [.. Editions.Where(e => e.ValidFrom <= last && (e.ValidUntil is not { } until || until >= first))];
    }
}

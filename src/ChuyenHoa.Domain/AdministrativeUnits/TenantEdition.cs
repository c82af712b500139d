namespace ChuyenHoa.AdministrativeUnits;

/// <summary>
/// One span of a tenant's timeline: the edition in force and the provinces of that edition that make the tenant then
/// (several for a province of 2025 merged from old ones, whose history its committee reads).
/// </summary>
public sealed record TenantEdition(DivisionEdition Edition, IReadOnlyList<string> ProvinceCodes)
{
    public DateOnly ValidFrom => Edition.ValidFrom;

    public DateOnly? ValidUntil => Edition.ValidUntil;
}

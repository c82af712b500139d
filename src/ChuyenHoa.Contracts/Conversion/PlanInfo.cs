using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A province's conversion plan of one year (kế hoạch chuyển hóa) as it stands now.</summary>
/// <param name="ProvinceCode">The province's 2-digit GSO code.</param>
/// <param name="Year">The plan's year.</param>
/// <param name="DecisionNumber">Number and symbol of the decision, e.g. <c>314/QĐ-UBND</c>.</param>
/// <param name="DecisionDate">The day the decision was issued, <c>yyyy-MM-dd</c>.</param>
/// <param name="IssuedBy">The body that issued the decision.</param>
/// <param name="RemovalCriteria">What a commune must reach to leave the list.</param>
/// <param name="Designations">The designated communes, in the order the decision names them, each with where it stands.</param>
/// <param name="CreatedBy">Display name of who entered the plan.</param>
/// <param name="CreatedAt">When the plan was entered (UTC).</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.PlanInfo")]
public sealed record PlanInfo(
    [property: Id(0)] string ProvinceCode,
    [property: Id(1)] int Year,
    [property: Id(2)] string DecisionNumber,
    [property: Id(3)] string DecisionDate,
    [property: Id(4)] string IssuedBy,
    [property: Id(5)] IReadOnlyList<CriterionInfo> RemovalCriteria,
    [property: Id(6)] IReadOnlyList<DesignationInfo> Designations,
    [property: Id(7)] string CreatedBy,
    [property: Id(8)] DateTimeOffset CreatedAt)
{
    /// <summary>The edition of the communes the plan names: the one in force on its decision date.</summary>
    public DivisionEdition Edition => ConversionPlanRules.EditionOf(DecisionDate);

    /// <summary>The identity of a designated commune: of the plan's edition, or of the next for a successor it was carried over to.</summary>
    public UnitKey KeyOf(DesignationInfo designation) => KeyOf(designation, Edition);

    /// <summary>
    /// Whether the plan designates <paramref name="commune"/>, itself or by carrying a designation over to it (unless the
    /// province declined). Asked of every report, so the plan's edition is worked out once, not per designation.
    /// </summary>
    public bool Designates(UnitKey commune)
    {
        var edition = Edition;
        return Designations.Any(d => d.Confirmation != CarryOverConfirmation.Declined && KeyOf(d, edition) == commune);
    }

    private static UnitKey KeyOf(DesignationInfo designation, DivisionEdition planEdition) =>
        new(designation.EditionId is { } editionId && DivisionEdition.Find(editionId) is { } edition ? edition : planEdition, designation.CommuneCode);
}

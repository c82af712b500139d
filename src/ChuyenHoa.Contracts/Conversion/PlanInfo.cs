using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Periods;
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
/// <param name="Track">The list the plan is of.</param>
/// <param name="MonitoringMonths">How long a removed commune stays under monitoring.</param>
/// <param name="YearEndDecision">The decision that closed the year; null until the province records it.</param>
/// <param name="DraftedFrom">The year-end decision of the previous year this plan was drafted from; null for a plan entered as such.</param>
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
    [property: Id(8)] DateTimeOffset CreatedAt,
    [property: Id(9)] ProgrammeTrack Track = ProgrammeTrack.SocialOrder,
    [property: Id(10)] int MonitoringMonths = MonitoringWindow.DefaultMonths,
    [property: Id(11)] YearEndDecisionInfo? YearEndDecision = null,
    [property: Id(12)] string? DraftedFrom = null)
{
    /// <summary>The plan grain's key.</summary>
    public string Key => IConversionPlanGrain.KeyFor(ProvinceCode, Year, Track);

    /// <summary>The programme's targets for the year, counted on the plan's own designations (not on successors it carried over to).</summary>
    public ProgrammeTargets Targets()
    {
        var own = Designations.Where(d => d.EditionId is null).ToArray();
        return new ProgrammeTargets(
            own.Length,
            own.Count(d => d.Status == DesignationStatus.Removed || d.RelapsedOn is not null),
            own.Count(d => d.RelapsedOn is not null));
    }

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

    /// <summary>Whether the plan removed <paramref name="commune"/> and keeps it under monitoring for some of <paramref name="year"/>.</summary>
    public bool MonitorsIn(UnitKey commune, int year)
    {
        var edition = Edition;
        return Designations.Any(d => d.Status == DesignationStatus.Removed && KeyOf(d, edition) == commune
            && MonitoringOf(d) is { } window && window.From.Year <= year && window.Until > new DateOnly(year, 1, 1));
    }

    /// <summary>The monitoring window of a removed designation; null for one not removed.</summary>
    public MonitoringWindow? MonitoringOf(DesignationInfo designation) =>
        designation.Status == DesignationStatus.Removed && IsoDate.TryParse(designation.RemovedFrom, out var from)
            ? new MonitoringWindow(from, MonitoringMonths)
            : null;

    private static UnitKey KeyOf(DesignationInfo designation, DivisionEdition planEdition) =>
        new(designation.EditionId is { } editionId && DivisionEdition.Find(editionId) is { } edition ? edition : planEdition, designation.CommuneCode);
}

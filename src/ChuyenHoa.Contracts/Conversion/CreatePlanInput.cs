using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A province's decision naming the communes to convert in a year, as the province committee enters it.</summary>
/// <param name="Year">The plan's year; must be the year of the plan grain it is sent to.</param>
/// <param name="DecisionNumber">Number and symbol of the decision, e.g. <c>314/QĐ-UBND</c>.</param>
/// <param name="DecisionDate">The day the decision was issued, <c>yyyy-MM-dd</c>.</param>
/// <param name="IssuedBy">The body that issued it; blank means the province's people's committee.</param>
/// <param name="CommuneCodes">GSO codes of the designated communes, all of the plan's province.</param>
/// <param name="RemovalCriteria">What a commune must reach to leave the list.</param>
/// <param name="Track">The list the plan is of; social order for plans entered before tracks.</param>
/// <param name="DesignationTypes">The types of designated communes where the plan names them; others have the track's default type.</param>
/// <param name="MonitoringMonths">How long a removed commune stays under monitoring; null means 6 months.</param>
/// <param name="DraftedFrom">The year-end decision this plan is drafted from, when the previous plan drafts it; null when entered.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.CreatePlanInput")]
public sealed record CreatePlanInput(
    [property: Id(0)] int Year,
    [property: Id(1)] string DecisionNumber,
    [property: Id(2)] string DecisionDate,
    [property: Id(3)] string IssuedBy,
    [property: Id(4)] IReadOnlyList<string> CommuneCodes,
    [property: Id(5)] IReadOnlyList<CriterionInput> RemovalCriteria,
    [property: Id(6)] ProgrammeTrack Track = ProgrammeTrack.SocialOrder,
    [property: Id(7)] IReadOnlyList<DesignationTypesInput>? DesignationTypes = null,
    [property: Id(8)] int? MonitoringMonths = null,
    [property: Id(9)] string? DraftedFrom = null);

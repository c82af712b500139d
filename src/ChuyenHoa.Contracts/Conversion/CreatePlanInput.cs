namespace ChuyenHoa.Contracts.Conversion;

/// <summary>A province's decision naming the communes to convert in a year, as the province committee enters it.</summary>
/// <param name="Year">The plan's year; must be the year of the plan grain it is sent to.</param>
/// <param name="DecisionNumber">Number and symbol of the decision, e.g. <c>314/QĐ-UBND</c>.</param>
/// <param name="DecisionDate">The day the decision was issued, <c>yyyy-MM-dd</c>.</param>
/// <param name="IssuedBy">The body that issued it; blank means the province's people's committee.</param>
/// <param name="CommuneCodes">GSO codes of the designated communes, all of the plan's province.</param>
/// <param name="RemovalCriteria">What a commune must reach to leave the list.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.CreatePlanInput")]
public sealed record CreatePlanInput(
    [property: Id(0)] int Year,
    [property: Id(1)] string DecisionNumber,
    [property: Id(2)] string DecisionDate,
    [property: Id(3)] string IssuedBy,
    [property: Id(4)] IReadOnlyList<string> CommuneCodes,
    [property: Id(5)] IReadOnlyList<CriterionInput> RemovalCriteria);

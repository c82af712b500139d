namespace ChuyenHoa.Contracts.Conversion;

[GenerateSerializer, Immutable, Alias("ChuyenHoa.CreatePlanInput")]
public sealed record CreatePlanInput(
    [property: Id(0)] int Year,
    [property: Id(1)] string DecisionNumber,
    [property: Id(2)] string DecisionDate,
    [property: Id(3)] string IssuedBy,
    [property: Id(4)] IReadOnlyList<string> CommuneCodes,
    [property: Id(5)] IReadOnlyList<CriterionInput> RemovalCriteria);

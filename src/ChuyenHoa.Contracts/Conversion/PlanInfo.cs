namespace ChuyenHoa.Contracts.Conversion;

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
    [property: Id(8)] DateTimeOffset CreatedAt);

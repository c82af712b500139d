using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

[GenerateSerializer, Immutable, Alias("ChuyenHoa.CriterionInfo")]
public sealed record CriterionInfo(
    [property: Id(0)] string Indicator,
    [property: Id(1)] RemovalCriterionKind Kind,
    [property: Id(2)] decimal Threshold,
    [property: Id(3)] string Description);

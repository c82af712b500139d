using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

[GenerateSerializer, Immutable, Alias("ChuyenHoa.CriterionResultInfo")]
public sealed record CriterionResultInfo(
    [property: Id(0)] string Indicator,
    [property: Id(1)] RemovalCriterionKind Kind,
    [property: Id(2)] decimal Threshold,
    [property: Id(3)] string Description,
    [property: Id(4)] long? Actual,
    [property: Id(5)] long? PreviousYear,
    [property: Id(6)] double? Change,
    [property: Id(7)] bool Met,
    [property: Id(8)] string Explanation);

using ChuyenHoa.Plans;

namespace ChuyenHoa.Contracts.Conversion;

[GenerateSerializer, Immutable, Alias("ChuyenHoa.CriterionInput")]
public sealed record CriterionInput(
    [property: Id(0)] string Indicator,
    [property: Id(1)] RemovalCriterionKind Kind,
    [property: Id(2)] decimal Threshold);

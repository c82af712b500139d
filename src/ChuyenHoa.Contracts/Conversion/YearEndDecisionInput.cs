namespace ChuyenHoa.Contracts.Conversion;

/// <summary>The province's signed year-end decision, as entered: every open designation of the year removed or continuing, and the new ones.</summary>
/// <param name="DecisionNumber">Number and symbol, e.g. <c>125/QĐ-UBND</c>.</param>
/// <param name="DecisionDate">The day it was signed, <c>yyyy-MM-dd</c>, from 1 November of the plan year to 30 April of the next.</param>
/// <param name="Signer">Who signed it: name and office.</param>
/// <param name="IssuedBy">The body whose act it is; blank means the track's decider (the province's people's committee, or the Ministry).</param>
/// <param name="Removed">Communes removed from the list: each has a proposal awaiting the province's decision.</param>
/// <param name="Continuing">Communes that did not achieve it and continue next year.</param>
/// <param name="NewlyDesignated">Communes designated from next year, with their types.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.YearEndDecisionInput")]
public sealed record YearEndDecisionInput(
    [property: Id(0)] string DecisionNumber,
    [property: Id(1)] string DecisionDate,
    [property: Id(2)] string Signer,
    [property: Id(3)] string? IssuedBy,
    [property: Id(4)] IReadOnlyList<string> Removed,
    [property: Id(5)] IReadOnlyList<string> Continuing,
    [property: Id(6)] IReadOnlyList<DesignationTypesInput> NewlyDesignated);

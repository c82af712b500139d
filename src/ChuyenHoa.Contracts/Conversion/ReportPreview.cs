namespace ChuyenHoa.Contracts.Conversion;

/// <summary>What one month's report of a batch would do, checked exactly as recording it would check it, with nothing written.</summary>
/// <param name="Period">The month as sent, <c>2023-11</c>.</param>
/// <param name="Changes">The values it would change, old → new; empty when it repeats what is stored or is refused.</param>
/// <param name="Errors">Why it would be refused (fields as for a single report: an indicator code, <c>period</c>, <c>note</c>); empty when accepted.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ReportPreview")]
public sealed record ReportPreview(
    [property: Id(0)] string Period,
    [property: Id(1)] IReadOnlyList<ValueDelta> Changes,
    [property: Id(2)] IReadOnlyList<UserError> Errors);

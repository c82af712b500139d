using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;

namespace ChuyenHoa.Plans;

/// <summary>
/// A condition a commune must meet to leave the list (tiêu chí đưa ra khỏi diện chuyển hóa). The
/// <paramref name="Threshold"/> is a count for <see cref="RemovalCriterionKind.AtLeast"/> and
/// <see cref="RemovalCriterionKind.AtMost"/>, a fraction in (0, 1] for a reduction.
/// </summary>
public sealed record RemovalCriterion(IndicatorDefinition Indicator, RemovalCriterionKind Kind, decimal Threshold)
{
    /// <summary>The criterion in Vietnamese, e.g. "Số vụ phạm pháp hình sự giảm ít nhất 30% so với cùng kỳ năm trước".</summary>
    public string Describe() => Kind switch
    {
        RemovalCriterionKind.AtLeast => $"{Indicator.Name} đạt ít nhất {VietnameseText.Number(Threshold)}",
        RemovalCriterionKind.AtMost => $"{Indicator.Name} không quá {VietnameseText.Number(Threshold)}",
        RemovalCriterionKind.ReductionFromPreviousYearAtLeast => $"{Indicator.Name} giảm ít nhất {VietnameseText.Percent(Threshold)} so với cùng kỳ năm trước",
        _ => throw new InvalidOperationException($"Unknown criterion kind {Kind}."),
    };
}

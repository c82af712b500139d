using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;

namespace ChuyenHoa.Plans;

/// <summary>
/// A condition a commune must meet to leave the list (tiêu chí đưa ra khỏi diện chuyển hóa). The
/// <paramref name="Threshold"/> is a count for <see cref="RemovalCriterionKind.AtLeast"/> and
/// <see cref="RemovalCriterionKind.AtMost"/>, a fraction in (0, 1] for a reduction, a fraction in [0, 1] for a ratio or a
/// share of the population, how many members must be met for a group, and 0 for an attested fact.
/// <paramref name="Indicator"/> is null only for an attested fact and a group.
/// </summary>
public sealed record RemovalCriterion(IndicatorDefinition? Indicator, RemovalCriterionKind Kind, decimal Threshold)
{
    /// <summary>What a ratio divides by (<see cref="RemovalCriterionKind.RatioAtLeast"/>, <see cref="RemovalCriterionKind.RatioAtMost"/>); null otherwise, a share of the population included.</summary>
    public IndicatorDefinition? Denominator { get; init; }

    /// <summary>The code of the fact an <see cref="RemovalCriterionKind.Attested"/> criterion asks the proposal to attest, e.g. <c>no_organised_crime_gang</c>.</summary>
    public string? Fact { get; init; }

    /// <summary>The fact in words, Vietnamese: "Không có băng, nhóm tội phạm hoạt động có tổ chức".</summary>
    public string? Statement { get; init; }

    /// <summary>The criteria of a <see cref="RemovalCriterionKind.AtLeastOf"/> group (none of them a group); empty otherwise.</summary>
    public IReadOnlyList<RemovalCriterion> Members { get; init; } = [];

    /// <summary>The criterion in Vietnamese, e.g. "Số vụ phạm pháp hình sự giảm ít nhất 30% so với cùng kỳ năm trước".</summary>
    public string Describe() => Kind switch
    {
        RemovalCriterionKind.AtLeast => $"{Indicator!.Name} đạt ít nhất {VietnameseText.Number(Threshold)}",
        RemovalCriterionKind.AtMost => $"{Indicator!.Name} không quá {VietnameseText.Number(Threshold)}",
        RemovalCriterionKind.ReductionFromPreviousYearAtLeast => $"{Indicator!.Name} giảm ít nhất {VietnameseText.Percent(Threshold)} so với cùng kỳ năm trước",
        RemovalCriterionKind.RatioAtLeast => $"Tỉ lệ \"{Indicator!.Name}\" trên \"{Denominator!.Name}\" đạt ít nhất {VietnameseText.ExactPercent(Threshold)}",
        RemovalCriterionKind.RatioAtMost => $"Tỉ lệ \"{Indicator!.Name}\" trên \"{Denominator!.Name}\" không quá {VietnameseText.ExactPercent(Threshold)}",
        RemovalCriterionKind.PerPopulationAtLeast => $"{Indicator!.Name} đạt ít nhất {VietnameseText.ExactPercent(Threshold)} dân số",
        RemovalCriterionKind.PerPopulationAtMost => $"{Indicator!.Name} không quá {VietnameseText.ExactPercent(Threshold)} dân số",
        RemovalCriterionKind.Attested => Statement!,
        RemovalCriterionKind.AtLeastOf =>
            $"Đạt ít nhất {VietnameseText.Number(Threshold)} trong {Members.Count} tiêu chí: {string.Join("; ", Members.Select(m => m.Describe()))}",
        _ => throw new InvalidOperationException($"Unknown criterion kind {Kind}."),
    };
}

using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;

namespace ChuyenHoa.Plans;

/// <summary>Sets a commune's indicator snapshot against a plan's removal criteria.</summary>
public static class RemovalCriteriaEvaluator
{
    /// <summary>
    /// One evaluation per criterion, in order. A criterion whose figures are missing is not met:
    /// a commune leaves the list on evidence, not on silence.
    /// </summary>
    /// <param name="snapshot">At most one value per indicator, e.g. the commune's plan year.</param>
    public static IReadOnlyList<CriterionEvaluation> Evaluate(IReadOnlyList<RemovalCriterion> criteria, IReadOnlyList<IndicatorValue> snapshot)
    {
        var byIndicator = snapshot.ToDictionary(v => v.Indicator, StringComparer.Ordinal);
        return criteria.Select(c => Evaluate(c, byIndicator.GetValueOrDefault(c.Indicator.Code))).ToArray();
    }

    private static CriterionEvaluation Evaluate(RemovalCriterion criterion, IndicatorValue? figure)
    {
        var name = criterion.Indicator.Name;
        if (figure?.Value is not { } actual)
        {
            var when = figure is null ? string.Empty : $" kỳ {figure.Span}";
            return new(criterion, null, figure?.PreviousYearValue, null, false,
                $"Chưa đạt: chưa có số liệu \"{name}\"{when} nên chưa đánh giá được.");
        }

        var previous = figure.PreviousYearValue;
        var stated = $"{name} kỳ {figure.Span} là {VietnameseText.Number(actual)}";
        var required = criterion.Describe();
        switch (criterion.Kind)
        {
            case RemovalCriterionKind.AtLeast:
                return Outcome(actual >= criterion.Threshold, $"{stated}; yêu cầu: {required}.");
            case RemovalCriterionKind.AtMost:
                return Outcome(actual <= criterion.Threshold, $"{stated}; yêu cầu: {required}.");
            case RemovalCriterionKind.ReductionFromPreviousYearAtLeast when previous is null:
                return Outcome(false, $"{stated} nhưng chưa có số liệu cùng kỳ năm trước nên chưa tính được mức giảm; yêu cầu: {required}.");
            case RemovalCriterionKind.ReductionFromPreviousYearAtLeast when previous == 0:
                return Outcome(false, $"{stated}, cùng kỳ năm trước là 0 nên không tính được mức giảm theo tỉ lệ; yêu cầu: {required}.");
            case RemovalCriterionKind.ReductionFromPreviousYearAtLeast:
                // Exact arithmetic: a reduction of exactly the threshold meets it.
                var change = (decimal)(actual - previous!.Value) / previous.Value;
                var trend = change switch
                {
                    < 0 => $"giảm {VietnameseText.Percent(-change)}",
                    > 0 => $"tăng {VietnameseText.Percent(change)}",
                    _ => "không đổi",
                };
                return Outcome(-change >= criterion.Threshold,
                    $"{stated}, cùng kỳ năm trước {VietnameseText.Number(previous.Value)}, {trend}; yêu cầu: {required}.");
            default:
                throw new InvalidOperationException($"Unknown criterion kind {criterion.Kind}.");
        }

        CriterionEvaluation Outcome(bool met, string explanation) =>
            new(criterion, actual, previous, figure.ChangeFromPreviousYear, met, (met ? "Đạt: " : "Chưa đạt: ") + explanation);
    }
}

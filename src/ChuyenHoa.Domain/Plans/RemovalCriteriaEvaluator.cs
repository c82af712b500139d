using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;

namespace ChuyenHoa.Plans;

/// <summary>Sets a commune's indicator snapshot and its proposal's attestations against a plan's removal criteria.</summary>
public static class RemovalCriteriaEvaluator
{
    /// <summary>
    /// One evaluation per criterion, in order. A criterion whose figures are missing, or whose fact the proposal did not
    /// attest, is not met: a commune leaves the list on evidence, not on silence.
    /// </summary>
    /// <param name="snapshot">At most one value per indicator, e.g. the commune's plan year.</param>
    /// <param name="attestations">The proposal's attestations, at most one per fact (see <see cref="Attestation.Create"/>).</param>
    public static IReadOnlyList<CriterionEvaluation> Evaluate(
        IReadOnlyList<RemovalCriterion> criteria, IReadOnlyList<IndicatorValue> snapshot, IReadOnlyList<Attestation>? attestations = null)
    {
        var figures = snapshot.ToDictionary(v => v.Indicator, StringComparer.Ordinal);
        var attested = (attestations ?? []).DistinctBy(a => a.Fact).ToDictionary(a => a.Fact, StringComparer.Ordinal);
        return criteria.Select(c => Evaluate(c, figures, attested)).ToArray();
    }

    private static CriterionEvaluation Evaluate(RemovalCriterion criterion, Dictionary<string, IndicatorValue> figures, Dictionary<string, Attestation> attested)
    {
        switch (criterion.Kind)
        {
            case RemovalCriterionKind.Attested:
                return Attested(criterion, attested.GetValueOrDefault(criterion.Fact!));
            case RemovalCriterionKind.AtLeastOf:
                var members = criterion.Members.Select(m => Evaluate(m, figures, attested)).ToArray();
                var metCount = members.Count(m => m.Met);
                var met = metCount >= criterion.Threshold;
                return new(criterion, null, null, null, met,
                    $"{(met ? "Đạt" : "Chưa đạt")}: đạt {metCount} trong {members.Length} tiêu chí, yêu cầu ít nhất {VietnameseText.Number(criterion.Threshold)}.")
                {
                    Members = members,
                };
        }

        var name = criterion.Indicator!.Name;
        var figure = figures.GetValueOrDefault(criterion.Indicator.Code);
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
            case RemovalCriterionKind.RatioAtLeast or RemovalCriterionKind.RatioAtMost:
                var denominator = criterion.Denominator!;
                var over = figures.GetValueOrDefault(denominator.Code)?.Value;
                return over switch
                {
                    null => Outcome(false, $"chưa có số liệu \"{denominator.Name}\" kỳ {figure.Span} nên chưa tính được tỉ lệ; yêu cầu: {required}."),
                    // Nothing arose (no case, no report received), so nothing was left to clear or to handle.
                    0 => Outcome(true, $"\"{denominator.Name}\" kỳ {figure.Span} là 0: không phát sinh nên không có việc nào phải giải quyết; yêu cầu: {required}.", over),
                    { } value => Share(value, $"\"{name}\" kỳ {figure.Span} là {VietnameseText.Number(actual)}, \"{denominator.Name}\" là {VietnameseText.Number(value)}, tỉ lệ"),
                };
            case RemovalCriterionKind.PerPopulationAtLeast or RemovalCriterionKind.PerPopulationAtMost:
                var population = figures.GetValueOrDefault(IndicatorCodes.Population)?.Value;
                return population is null or 0
                    ? Outcome(false, $"chưa có số liệu dân số kỳ {figure.Span}{(population == 0 ? " (dân số ghi 0)" : "")} nên chưa tính được tỉ lệ trên dân số; yêu cầu: {required}.", population)
                    : Share(population.Value, $"{stated}, dân số {VietnameseText.Number(population.Value)}, bằng", " dân số");
            default:
                throw new InvalidOperationException($"Unknown criterion kind {criterion.Kind}.");
        }

        CriterionEvaluation Outcome(bool met, string explanation, long? denominatorValue = null) =>
            new(criterion, actual, previous, figure.ChangeFromPreviousYear, met, (met ? "Đạt: " : "Chưa đạt: ") + explanation) { DenominatorValue = denominatorValue };

        // Exact arithmetic, by cross-multiplying: 80 of 100 meets 0.8, 799 of 1,000 does not.
        CriterionEvaluation Share(long whole, string figures, string of = "")
        {
            var bound = criterion.Threshold * whole;
            var reached = criterion.Kind is RemovalCriterionKind.RatioAtLeast or RemovalCriterionKind.PerPopulationAtLeast ? actual >= bound : actual <= bound;
            return Outcome(reached, $"{figures} {SharePercent(actual, whole, criterion.Threshold)}{of}; yêu cầu: {required}.", whole);
        }
    }

    /// <summary>
    /// <paramref name="part"/> of <paramref name="whole"/> as a percentage with as few decimals as keep it on the same side of
    /// the threshold as the exact share: 7,996 of 10,000 reads "79,96%" against 80%, not "80%".
    /// </summary>
    private static string SharePercent(long part, long whole, decimal threshold)
    {
        var exact = (decimal)part / whole * 100;
        var side = Math.Sign(part - (threshold * whole));
        var decimals = 1;
        while (decimals < 10 && Math.Sign(Math.Round(exact, decimals) - (threshold * 100)) != side)
        {
            decimals++;
        }

        return VietnameseText.Number(Math.Round(exact, decimals)) + "%";
    }

    private static CriterionEvaluation Attested(RemovalCriterion criterion, Attestation? attestation)
    {
        var note = attestation?.Note is { } text ? $" Ghi chú: {text}" : "";
        var explanation = attestation switch
        {
            null => $"Chưa đạt: đề xuất chưa xác nhận \"{criterion.Statement}\".",
            { Holds: true } => $"Đạt: đề xuất xác nhận \"{criterion.Statement}\".{note}",
            _ => $"Chưa đạt: đề xuất xác nhận chưa đạt \"{criterion.Statement}\".{note}",
        };
        return new(criterion, null, null, null, attestation?.Holds == true, explanation) { Attestation = attestation };
    }
}

using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Grains.Conversion;

/// <summary>
/// A commune's figures of a plan's year and the plan's criteria evaluated on them: what a proposal freezes when it is
/// (re)submitted, and what its proposer previews before sending, so that both read the same.
/// </summary>
internal static class ProposalSnapshots
{
    /// <param name="indicatorsKey">The storage key of the commune's indicator grain, in the plan's edition.</param>
    /// <param name="attestations">The proposal's, checked against <paramref name="criteria"/>.</param>
    public static async Task<ProposalSnapshot> TakeAsync(
        IGrainFactory grains, string indicatorsKey, int year, IReadOnlyList<RemovalCriterion> criteria, IReadOnlyList<Attestation> attestations, DateTimeOffset now)
    {
        var period = Period.ForYear(year);
        var values = await grains.GetGrain<IUnitIndicatorsGrain>(indicatorsKey).GetValuesAsync(period.ToString(), []);
        var evaluations = RemovalCriteriaEvaluator.Evaluate(criteria, [.. values.Select(v => new IndicatorValue(v.Indicator, period, v.Value, v.PreviousYearValue))], attestations);
        // The evaluations keep their reasoning (members, attestations), so the review reads it even after the plan changes.
        return new ProposalSnapshot(period.ToString(), values, [.. evaluations.Select(CriterionResultInfo.Of)], now, [.. attestations.Select(AttestationInfo.Of)]);
    }
}

using System.Diagnostics;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Host.Hosting;

namespace ChuyenHoa.Benchmarks.Dataset;

public sealed record LoadStatistics(int Provinces, int Communes, int Reports, int Proposals, TimeSpan Elapsed)
{
    public double ReportsPerSecond => Reports / Elapsed.TotalSeconds;
}

/// <summary>
/// Loads provinces of the dataset through the same grain calls people make: onboarding, the plan, each commune's
/// months in one batched call, the proposals. Concurrent and idempotent, so a load that stopped halfway can run again.
/// </summary>
public sealed class DatasetLoader(IGrainFactory grains, DatasetShape shape, TextWriter progress, int concurrency = 32)
{
    /// <returns>The submitted proposals of each province, by commune code.</returns>
    public async Task<(LoadStatistics Statistics, IReadOnlyDictionary<string, Guid> Proposals)> LoadAsync(IReadOnlyList<ProvinceData> provinces, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
        using (var bar = new ProgressBar("tỉnh (đưa vào, kế hoạch)", provinces.Count, progress))
        {
            // Onboarding fans out to the province's units itself, so a few provinces at a time are enough.
            await Parallel.ForEachAsync(provinces, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (province, _) =>
            {
                await grains.GetGrain<ITenantGrain>(province.Code).OnboardAsync(shape.Edition.Id);
                ReferenceCaseLoader.EnsureSucceeded(await grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(province.Code, shape.PlanYear))
                    .CreateAsync(province.Committee, province.Plan, $"bench-plan-{province.Code}"), $"kế hoạch của tỉnh {province.Code}");
                bar.Advance();
            });
        }

        // Round-robin over the provinces: each change reaches the province's one grain, so communes of one province at a
        // time would wait on it in turn while the other provinces' grains sat idle.
        var communes = provinces.SelectMany(p => p.Communes.Select((commune, index) => (commune, index))).OrderBy(c => c.index).Select(c => c.commune).ToArray();
        using (var bar = new ProgressBar("xã (báo cáo các tháng)", communes.Length, progress))
        {
            await Parallel.ForEachAsync(communes, parallel, async (commune, _) =>
            {
                ReferenceCaseLoader.EnsureSucceeded(await grains.GetGrain<IUnitIndicatorsGrain>(shape.KeyOf(commune.Code))
                    .RecordReportsAsync(shape.Reporter(commune), commune.Reports), $"báo cáo của xã {commune.Code}");
                bar.Advance();
            });
        }

        var proposals = new System.Collections.Concurrent.ConcurrentDictionary<string, Guid>();
        var proposed = communes.Where(c => c.HasProposal).ToArray();
        using (var bar = new ProgressBar("đề xuất", proposed.Length, progress))
        {
            await Parallel.ForEachAsync(proposed, parallel, async (commune, _) =>
            {
                var proposal = ReferenceCaseLoader.EnsureSucceeded(await grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(
                    shape.Reporter(commune), shape.PlanYear, Proposal(commune.Code), $"bench-proposal-{commune.Code}"),
                    $"đề xuất của xã {commune.Code}");
                proposals[commune.Code] = proposal.Id;
                bar.Advance();
            });
        }

        return (new LoadStatistics(provinces.Count, communes.Length, communes.Sum(c => c.Reports.Count), proposed.Length, clock.Elapsed), proposals);
    }

    // A bare code: the plan's edition tells which commune it is.
    private ProposalInput Proposal(string communeCode) => new(
        communeCode, $"{shape.PlanYear}-11-20", "Chủ tịch Ủy ban nhân dân huyện", 30,
        "Hội nghị tổng kết công tác chuyển hóa địa bàn: xã đã đạt các tiêu chí đề ra.",
        "Ban Chỉ đạo huyện đánh giá tình hình an ninh trật tự của xã đã ổn định.",
        ProposalEvidence.LetterAndMinutes(communeCode, $"{shape.PlanYear}-11-20"));
}

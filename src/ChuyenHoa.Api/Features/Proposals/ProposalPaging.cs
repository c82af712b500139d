using ChuyenHoa.Api.Features.Plans;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using ChuyenHoa.Proposals;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;

namespace ChuyenHoa.Api.Features.Proposals;

/// <summary>The pages of removal proposals: of a province (<c>removalProposals</c>) and of a commune (<c>Commune.removalProposals</c>).</summary>
public static class ProposalPaging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The page of the province's proposals of the given statuses (all when none); a province the caller has nothing in is not asked at all.</summary>
    public static async Task<Connection<ProposalInfo>> OfProvinceAsync(IResolveFieldContext context, string provinceCode, IReadOnlyList<RemovalProposalStatus> statuses)
    {
        IReadOnlyList<ProposalSummary> all = context.Caller().Scope.CanListProposals(provinceCode)
            ? await context.Grains().GetGrain<IProvinceProposalsGrain>(provinceCode).ListAsync(statuses)
            : [];
        return await PageAsync(context, provinceCode, all);
    }

    /// <summary>The page of the commune's proposals.</summary>
    public static async Task<Connection<ProposalInfo>> OfCommuneAsync(IResolveFieldContext context, UnitInfo commune)
    {
        var all = await context.Grains().GetGrain<IProvinceProposalsGrain>(commune.ProvinceCode).ListAsync([]);
        var ofCode = all.Where(p => p.CommuneCode == commune.Code).ToArray();
        // Codes were reused across editions: a proposal is this commune's when its plan names communes of this commune's edition.
        var plans = context.Loader<PlanLoader>();
        var pending = ofCode.Select(p => plans.EditionOf(commune.ProvinceCode, p.Year, p.Track)).ToArray();
        var editions = await Task.WhenAll(pending.Select(e => e.GetResultAsync(context.CancellationToken)));
        return await PageAsync(context, commune.ProvinceCode, [.. ofCode.Where((_, i) => editions[i].Id == commune.EditionId)]);
    }

    /// <summary>A page of the province's proposals that the caller may read, after the cursor (a proposal id), loaded in one batch.</summary>
    private static async Task<Connection<ProposalInfo>> PageAsync(IResolveFieldContext context, string provinceCode, IReadOnlyList<ProposalSummary> summaries)
    {
        var loader = context.Loader<ProposalLoader>();
        // Filtered before counting and paging, so neither the total nor the cursors tell of proposals the caller may not read.
        var ordered = summaries.Where(s => loader.CanReadProposalOf(provinceCode, s.DistrictCode, s.CommuneCode)).ToList();
        var first = context.GetArgument<int?>("first") ?? DefaultPageSize;
        if (first is < 0 or > MaxPageSize)
        {
            throw ResolveContextExtensions.Error(ErrorCodes.ValidationFailed, $"Số mục mỗi trang (first) phải từ 0 đến {MaxPageSize}.", "first");
        }

        var after = context.GetArgument<string?>("after");
        var start = 0;
        if (after is not null)
        {
            var index = GlobalId.TryDecode(after, out var type, out var key) && type == "Cursor" ? ordered.FindIndex(p => p.Id.ToString("N") == key) : -1;
            start = index >= 0 ? index + 1 : throw ResolveContextExtensions.Error(ErrorCodes.ValidationFailed, "Con trỏ trang (after) không hợp lệ.", "after");
        }

        var page = ordered.Skip(start).Take(first).ToArray();
        var pending = page.Select(p => loader.Proposal(p.Id)).ToArray();
        var proposals = await Task.WhenAll(pending.Select(p => p.GetResultAsync(context.CancellationToken)));
        var edges = page.Zip(proposals)
            .Where(p => p.Second is not null)
            .Select(p => new Edge<ProposalInfo> { Cursor = GlobalId.Encode("Cursor", p.First.Id.ToString("N")), Node = p.Second! })
            .ToList();
        return new Connection<ProposalInfo>
        {
            TotalCount = ordered.Count,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = start + first < ordered.Count,
                HasPreviousPage = start > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}

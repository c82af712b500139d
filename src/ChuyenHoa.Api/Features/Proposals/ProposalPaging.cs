using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;

namespace ChuyenHoa.Api.GraphQL.Execution;

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>A page of the province's proposals that the caller may read, after the cursor (a proposal id), loaded in one batch.</summary>
    public static async Task<Connection<ProposalInfo>> ProposalsAsync(IResolveFieldContext context, string provinceCode, IReadOnlyList<ProposalSummary> summaries)
    {
        var loaders = context.Loaders();
        // Filtered before counting and paging, so neither the total nor the cursors tell of proposals the caller may not read.
        var ordered = summaries.Where(s => loaders.CanReadProposalOf(provinceCode, s.DistrictCode)).ToList();
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
        var pending = page.Select(p => loaders.Proposal(p.Id)).ToArray();
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

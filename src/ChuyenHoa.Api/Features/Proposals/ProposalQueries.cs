using ChuyenHoa.Api.Features.Plans;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.GraphQL.Transport;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChuyenHoa.Api.Features.Proposals;

/// <summary>
/// The query fields of removal proposals: a province's proposals, page by page; the criteria a proposal would be judged on
/// now (the proposer's dry run before sending); and the limits its evidence must keep.
/// </summary>
public static class ProposalQueries
{
    public static void AddProposalQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<RemovalProposalConnectionType>>("removalProposals").Description("Các đề xuất của một tỉnh, mới nhất trước.")
            .Argument<NonNullGraphType<StringGraphType>>("provinceCode", "Mã tỉnh.")
            .Argument<ListGraphType<NonNullGraphType<RemovalProposalStatusType>>>("status", "Chỉ lấy các trạng thái này.")
            .Argument<IntGraphType>("first", "Số đề xuất tối đa (mặc định 20, tối đa 100).")
            .Argument<StringGraphType>("after", "Con trỏ của trang trước.")
            .ResolveAsync(async c => await ProposalPaging.OfProvinceAsync(
                c, c.GetArgument<string>("provinceCode"), c.GetArgument<List<RemovalProposalStatus>?>("status") ?? []));

        query.Field<ProposalSnapshotType>("removalCriteriaPreview")
            .Description("Chạy thử trước khi gửi đề xuất: tiêu chí của kế hoạch đánh giá trên số liệu hiện có của xã (như khi chốt số liệu lúc gửi), "
                + "không lưu gì; null khi không có kế hoạch, xã không thuộc kế hoạch hoặc người gọi không được xem xã.")
            .Argument<NonNullGraphType<StringGraphType>>("provinceCode", "Mã tỉnh.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "Năm kế hoạch.")
            .Argument<NonNullGraphType<StringGraphType>>("communeCode", "Mã xã, theo danh mục của kế hoạch.")
            .Argument<ProgrammeTrackType>("track", "Danh sách; mặc định SOCIAL_ORDER.")
            .Argument<ListGraphType<NonNullGraphType<AttestationInputType>>>("attestations", "Các xác nhận đang nhập trên biểu mẫu.")
            .ResolveAsync(async c =>
            {
                var key = IConversionPlanGrain.KeyFor(c.GetArgument<string>("provinceCode"), c.GetArgument<int>("year"), c.GetArgument("track", ProgrammeTrack.SocialOrder));
                var attestations = c.GetArgument<List<AttestationInput>?>("attestations") ?? [];
                var outcome = await c.Grains().GetGrain<IConversionPlanGrain>(key).PreviewProposalAsync(
                    c.Caller(), c.GetArgument<string>("communeCode"), [.. attestations.Select(a => new ChuyenHoa.Contracts.Conversion.AttestationInput(a.Fact, a.Holds, a.Note))]);
                if (outcome.Value is { } snapshot)
                {
                    return snapshot;
                }

                // Absent and unreadable alike are null; attestations the criteria refuse are errors a person can act on.
                foreach (var error in outcome.Errors.Where(e => e.Code != ErrorCodes.NotFound))
                {
                    c.Errors.Add(ResolveContextExtensions.Error(error.Code, error.Message, error.Field));
                }

                return null;
            });

        query.Field<NonNullGraphType<EvidenceLimitsType>>("evidenceLimits").Description("Giới hạn của tài liệu kèm đề xuất mà máy chủ áp dụng.")
            .Resolve(c => new EvidenceLimits(EvidenceDocument.MaxSizeBytes, c.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value.MaxBodyBytes));
    }
}

/// <summary>What the server accepts of a proposal's evidence: each file's size, and the whole request's, base64 and all.</summary>
public sealed record EvidenceLimits(long MaxFileBytes, long MaxRequestBytes);

public sealed class EvidenceLimitsType : ObjectGraphType<EvidenceLimits>
{
    public EvidenceLimitsType()
    {
        Name = "EvidenceLimits";
        Description = "Giới hạn của tài liệu kèm đề xuất.";
        Field<NonNullGraphType<FloatGraphType>>("maxFileBytes").Description("Dung lượng tối đa của một tệp (byte).").Resolve(c => (double)c.Source.MaxFileBytes);
        Field<NonNullGraphType<FloatGraphType>>("maxRequestBytes")
            .Description("Dung lượng tối đa của cả yêu cầu gửi đề xuất (byte); nội dung tệp gửi dạng base64 nên chiếm khoảng 4/3 dung lượng tệp.")
            .Resolve(c => (double)c.Source.MaxRequestBytes);
    }
}

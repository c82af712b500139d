using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Indicators;

/// <summary>The mutation of indicators: a district reports a commune's month.</summary>
public static class IndicatorMutations
{
    public static void AddIndicatorMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SubmitIndicatorReportPayloadType>>("submitIndicatorReport")
            .Description("Huyện gửi báo cáo chỉ tiêu tháng của một xã; báo cáo lại cùng tháng thay số liệu cũ và giữ lịch sử.")
            .Argument<NonNullGraphType<SubmitIndicatorReportInputType>>("input", "Báo cáo.")
            .ResolveAsync(async c =>
            {
                var input = c.Input<SubmitIndicatorReportInput>();
                var outcome = await c.Grains().GetGrain<IUnitIndicatorsGrain>(input.CommuneCode).RecordReportAsync(c.Caller(), input.ToReport(), input.ClientMutationId);
                return MutationInput.Payload(outcome, input.ClientMutationId);
            });
}

using ChuyenHoa.Api.Features.Units;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Periods;
using GraphQL;
using GraphQL.Types;

namespace ChuyenHoa.Api.Features.Indicators;

/// <summary>The mutation of indicators: a commune's reporter (its district committee in three levels, its own in two) reports its month.</summary>
public static class IndicatorMutations
{
    public static void AddIndicatorMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SubmitIndicatorReportPayloadType>>("submitIndicatorReport")
            .Description("Huyện gửi báo cáo chỉ tiêu tháng của một xã; báo cáo lại cùng tháng thay số liệu cũ và giữ lịch sử.")
            .Argument<NonNullGraphType<SubmitIndicatorReportInputType>>("input", "Báo cáo.")
            .ResolveAsync(async c =>
            {
                var input = c.Input<SubmitIndicatorReportInput>();
                var commune = await CommuneKeyAsync(c, input);
                var outcome = await c.Grains().GetGrain<IUnitIndicatorsGrain>(commune).RecordReportAsync(c.Caller(), input.ToReport(), input.ClientMutationId);
                return MutationInput.Payload(outcome, input.ClientMutationId);
            });

    /// <summary>
    /// The grain key of the reported commune. A bare code names the commune of the edition in force in the reported month for
    /// its province's timeline (2025-07 onwards: the two-level commune, where the province is onboarded on it); "2025:03703"
    /// names its edition itself. Anything else goes to the grain as given, which answers for it as before editions.
    /// </summary>
    private static async Task<string> CommuneKeyAsync(IResolveFieldContext c, SubmitIndicatorReportInput input) =>
        !input.CommuneCode.Contains(':') && Period.TryParse(input.Period, out var month, out _)
            && await c.Loader<UnitLoader>().KeyInForceAsync(input.CommuneCode, new DateOnly(month.Year, month.FirstMonth, 1), c.CancellationToken) is { } key
            ? key.StorageKey
            : input.CommuneCode;
}

using ChuyenHoa.Api.Features.Units;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ChuyenHoa.Api.Features.Reporting;

/// <summary>The reporting deadlines: a unit's reporting status, a province's schedule, and the notices of a committee's own reports.</summary>
public static class ReportingFields
{
    public static void AddReportingQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ReportingStatusType>>("reportingStatus")
            .Description("Tình hình báo cáo của các xã thuộc diện chuyển hóa của một đơn vị trong một kỳ: tỷ lệ đầy đủ, đúng hạn, các xã quá hạn.")
            .Argument<NonNullGraphType<StringGraphType>>("unitCode", "Mã tỉnh, huyện hoặc xã.")
            .Argument<NonNullGraphType<StringGraphType>>("period", "Kỳ: tháng (2026-11), quý (2026-Q4) hoặc năm (2026).")
            .ResolveAsync(async c =>
            {
                var code = c.GetArgument<string>("unitCode");
                // A unit of another province, or one the caller may not read, answers as one that does not exist.
                var unit = await c.Loader<UnitLoader>().ReadableAsync(code, c.CancellationToken);
                var outcome = unit is null
                    ? Outcome<ReportingStatusInfo>.Failure(new DomainError(ErrorCodes.NotFound, $"Không tìm thấy đơn vị mã \"{code}\".", "unitCode"))
                    : await c.Grains().GetGrain<IReportingDeadlinesGrain>(unit.ProvinceCode).GetStatusAsync(c.Caller(), unit.KeyOf(unit.Code).StorageKey, c.GetArgument<string>("period"));
                return outcome.Succeeded
                    ? outcome.Value
                    : throw ResolveContextExtensions.Error(outcome.Errors[0].Code, outcome.Errors[0].Message, outcome.Errors[0].Field);
            });

    public static void AddReportingMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SetReportingSchedulePayloadType>>("setReportingSchedule")
            .Description("Ban Chỉ đạo tỉnh đặt thời hạn báo cáo tháng của tỉnh (ngày hạn, tháng thống kê công an); áp dụng cho mọi tháng.")
            .Argument<NonNullGraphType<SetReportingScheduleInputType>>("input", "Tỉnh và thời hạn.")
            .ResolveAsync(async c =>
            {
                var input = c.Input<SetReportingScheduleInput>();
                var caller = c.Caller();
                // Checked here as well as in the grain: a code nobody may manage never becomes a grain.
                var outcome = !caller.Scope.CanManagePlans(input.ProvinceCode)
                    ? Outcome<ReportingScheduleInfo>.Failure(DomainError.Forbidden)
                    : await c.Grains().GetGrain<IReportingDeadlinesGrain>(input.ProvinceCode).SetScheduleAsync(caller, input.DueDay, input.PoliceMonth);
                return MutationInput.Payload(outcome, input.ClientMutationId);
            });

    public static void AddReportingSubscriptions(this ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<ReportingNoticeType>>("reportingNotice")
            .Description("Nhắc báo cáo tháng của các xã thuộc một đơn vị mà người dùng được xem: sắp đến hạn hoặc quá hạn. Ban Chỉ đạo xã theo dõi xã mình.")
            .Argument<NonNullGraphType<StringGraphType>>("unitCode", "Mã xã (hoặc huyện, tỉnh).")
            .Argument<BooleanGraphType>("current", "true: trước hết gửi ngay các báo cáo đang sắp đến hạn hoặc đã quá hạn (có thể trùng với thông báo đến sau).")
            .ResolveStreamAsync(async c =>
            {
                var code = c.GetArgument<string>("unitCode");
                var unit = await c.Loader<UnitLoader>().ReadableAsync(code, c.CancellationToken);
                if (unit is null)
                {
                    throw ResolveContextExtensions.Error(ErrorCodes.Forbidden, "Bạn không có quyền theo dõi báo cáo của đơn vị này.");
                }

                // Each notice passes the same check as a commune read any other way, and must be of the unit asked for. Asked
                // for, a new subscriber first hears what is due soon or overdue now: a check that ran while it subscribed is not lost.
                var caller = c.Caller();
                var deadlines = c.Grains().GetGrain<IReportingDeadlinesGrain>(unit.ProvinceCode);
                var unitKey = unit.KeyOf(unit.Code).StorageKey;
                return c.RequestServices!.GetRequiredService<ReportingNoticeHub>().Watch(
                    unit.ProvinceCode,
                    notice => Within(unit, notice) && notice.IsReadableBy(caller.Scope),
                    c.GetArgument("current", false) ? () => deadlines.GetCurrentNoticesAsync(caller, unitKey) : null);
            });

    private static bool Within(UnitInfo unit, ReportingNotice notice) => unit.Level switch
    {
        UnitLevel.Province => true,
        UnitLevel.District => notice.DistrictCode == unit.Code && notice.EditionId == unit.EditionId,
        _ => notice.CommuneCode == unit.Code && notice.EditionId == unit.EditionId,
    };
}

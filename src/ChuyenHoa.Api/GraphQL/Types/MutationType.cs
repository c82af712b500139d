using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Errors;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using GraphQL;
using GraphQL.Types;

namespace ChuyenHoa.Api.GraphQL.Types;

public sealed record PlanPayload(PlanInfo? Plan, IReadOnlyList<UserError> Errors, string? ClientMutationId);

public sealed record ReportPayload(ReportReceipt? Report, IReadOnlyList<UserError> Errors, string? ClientMutationId);

public sealed record ProposalPayload(ProposalInfo? Proposal, IReadOnlyList<UserError> Errors, string? ClientMutationId);

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Các thao tác ghi. Mỗi thao tác nhận một input và trả payload có errors; clientMutationId là khóa chống gửi trùng.";

        Field<NonNullGraphType<CreateConversionPlanPayloadType>>("createConversionPlan")
            .Description("Tỉnh tạo kế hoạch chuyển hóa của năm theo quyết định, chỉ định các xã và tiêu chí đưa ra khỏi diện.")
            .Argument<NonNullGraphType<CreateConversionPlanInputType>>("input", "Kế hoạch.")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var caller = c.Caller();
                var province = Required<string>(input, "provinceCode");
                var year = Required<int>(input, "year");
                var plan = new CreatePlanInput(
                    year, Required<string>(input, "decisionNumber"), Required<string>(input, "decisionDate"), Optional<string>(input, "issuedBy") ?? "",
                    List(input, "communeCodes").Cast<string>().ToArray(),
                    [.. List(input, "removalCriteria").Cast<Dictionary<string, object?>>().Select(r => new CriterionInput(
                        Required<string>(r, "indicator"), Required<RemovalCriterionKind>(r, "kind"), Convert.ToDecimal(Required<double>(r, "threshold"))))]);
                var outcome = await c.Grains().GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(province, year))
                    .CreateAsync(caller, plan, Optional<string>(input, "clientMutationId"));
                ThrowIfForbidden(outcome.Errors);
                return new PlanPayload(outcome.Value, outcome.Errors, Optional<string>(input, "clientMutationId"));
            });

        Field<NonNullGraphType<SubmitIndicatorReportPayloadType>>("submitIndicatorReport")
            .Description("Huyện gửi báo cáo chỉ tiêu tháng của một xã; báo cáo lại cùng tháng thay số liệu cũ và giữ lịch sử.")
            .Argument<NonNullGraphType<SubmitIndicatorReportInputType>>("input", "Báo cáo.")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var report = new ReportInput(
                    Required<string>(input, "period"),
                    [.. List(input, "values").Cast<Dictionary<string, object?>>().Select(v => new IndicatorInput(Required<string>(v, "indicator"), Required<double>(v, "value")))],
                    Optional<bool?>(input, "overrideStockFlow") ?? false,
                    Optional<string>(input, "note"));
                var outcome = await c.Grains().GetGrain<IUnitIndicatorsGrain>(Required<string>(input, "communeCode")).RecordReportAsync(c.Caller(), report, Optional<string>(input, "clientMutationId"));
                ThrowIfForbidden(outcome.Errors);
                return new ReportPayload(outcome.Value, outcome.Errors, Optional<string>(input, "clientMutationId"));
            });

        Field<NonNullGraphType<SubmitRemovalProposalPayloadType>>("submitRemovalProposal")
            .Description("Huyện đề xuất đưa một xã ra khỏi diện chuyển hóa (hoặc gửi lại đề xuất bị trả lại), kèm hội nghị tổng kết và tài liệu.")
            .Argument<NonNullGraphType<SubmitRemovalProposalInputType>>("input", "Đề xuất.")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var evidence = new List<EvidenceInput>();
                foreach (var (document, index) in List(input, "evidence").Cast<Dictionary<string, object?>>().Select((d, i) => (d, i)))
                {
                    evidence.Add(new EvidenceInput(Required<string>(document, "fileName"), Required<string>(document, "contentType"), Base64(Required<string>(document, "contentBase64"), index)));
                }

                var proposal = new ProposalInput(
                    Required<string>(input, "communeCode"), Required<string>(input, "conferenceDate"),
                    Optional<string>(input, "conferenceChair") ?? "", Optional<int?>(input, "conferenceAttendance") ?? 0, Optional<string>(input, "conferenceSummary") ?? "",
                    Required<string>(input, "assessment"), evidence);
                var outcome = await c.Grains().GetGrain<IProposalSubmissionGrain>(0)
                    .SubmitAsync(c.Caller(), Required<int>(input, "year"), proposal, Optional<string>(input, "clientMutationId"));
                ThrowIfForbidden(outcome.Errors);
                return new ProposalPayload(outcome.Value, outcome.Errors, Optional<string>(input, "clientMutationId"));
            });

        AddProposalAction<WithdrawRemovalProposalInputType, WithdrawRemovalProposalPayloadType>(
            "withdrawRemovalProposal", ProposalAction.Withdraw, "Huyện rút đề xuất trước khi tỉnh quyết định.");
        AddProposalAction<DecideRemovalProposalInputType, DecideRemovalProposalPayloadType>(
            "approveRemovalProposal", ProposalAction.Approve, "Tỉnh phê duyệt: xã được đưa ra khỏi diện chuyển hóa từ ngày quyết định.");
        AddProposalAction<DecideRemovalProposalInputType, DecideRemovalProposalPayloadType>(
            "rejectRemovalProposal", ProposalAction.Reject, "Tỉnh không phê duyệt (bắt buộc nêu lý do).");
        AddProposalAction<DecideRemovalProposalInputType, DecideRemovalProposalPayloadType>(
            "returnRemovalProposal", ProposalAction.Return, "Tỉnh trả lại để huyện bổ sung (bắt buộc nêu lý do).");
    }

    private void AddProposalAction<TInput, TPayload>(string name, ProposalAction action, string description)
        where TInput : ProposalActionInputType
        where TPayload : ProposalPayloadType
    {
        Field<NonNullGraphType<TPayload>>(name).Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "Đề xuất và lý do.")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var clientMutationId = Optional<string>(input, "clientMutationId");
                if (!GlobalId.TryDecode(Required<string>(input, "proposalId"), out var type, out var key) || type != "RemovalProposal" || !Guid.TryParseExact(key, "N", out var id)
                    || await c.Loaders().Proposal(id).GetResultAsync(c.CancellationToken) is null)
                {
                    return new ProposalPayload(null, [new UserError(ErrorCodes.NotFound, "Không tìm thấy đề xuất.", "proposalId")], clientMutationId);
                }

                var outcome = await c.Grains().GetGrain<IRemovalProposalGrain>(id).ActAsync(c.Caller(), action, Optional<string>(input, "reason"), clientMutationId);
                ThrowIfForbidden(outcome.Errors);
                return new ProposalPayload(outcome.Value, outcome.Errors, clientMutationId);
            });
    }

    /// <summary>
    /// A mutation's input once its clientMutationId is within <see cref="ClientMutationId.MaxLength"/> and every string in
    /// it holds only what text may hold (<see cref="FreeText"/>): every mutation reads its input here, so no field (reason,
    /// note, assessment, name, code or key) is left out. Refused as a VALIDATION_FAILED error naming the field, before
    /// anything is called; the grains check the same rules again.
    /// </summary>
    private static Dictionary<string, object?> Input(IResolveFieldContext c)
    {
        var input = c.GetArgument<Dictionary<string, object?>>("input");
        return ClientMutationId.CheckInput(input, Optional<string>(input, ClientMutationId.Field)) is { } error
            ? throw ResolveContextExtensions.Error(error.Code, error.Message, error.Field)
            : input;
    }

    /// <summary>Not allowed is a GraphQL error (code FORBIDDEN, no data), not a payload error.</summary>
    private static void ThrowIfForbidden(IReadOnlyList<UserError> errors)
    {
        if (errors.FirstOrDefault(e => e.Code == ErrorCodes.Forbidden) is { } forbidden)
        {
            throw ResolveContextExtensions.Error(ErrorCodes.Forbidden, forbidden.Message);
        }
    }

    private static byte[] Base64(string text, int index)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw ResolveContextExtensions.Error(ErrorCodes.ValidationFailed, $"Nội dung tài liệu thứ {index + 1} không phải base64 hợp lệ.", $"evidence[{index}].contentBase64");
        }
    }

    private static T Required<T>(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is not null ? As<T>(value) : throw new InvalidOperationException($"{name} is required by the schema.");

    private static T? Optional<T>(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is not null ? As<T>(value) : default;

    // Input values arrive already coerced by their GraphQL types; only numeric widths may differ.
    private static T As<T>(object value) =>
        value is T typed ? typed : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<object> List(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable<object> items ? items : [];
}

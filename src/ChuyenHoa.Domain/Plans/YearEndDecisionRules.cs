using ChuyenHoa.Errors;
using ChuyenHoa.Periods;

namespace ChuyenHoa.Plans;

/// <summary>What a year-end decision must satisfy against the plan it closes. Error fields name the input fields.</summary>
public static class YearEndDecisionRules
{
    /// <param name="draft">The decision as entered.</param>
    /// <param name="provinceCode">The province, for the default issuer.</param>
    /// <param name="open">The plan's communes still designated or proposed: each must be removed or continue.</param>
    /// <param name="approvable">Those of them whose proposal is where the province may approve it.</param>
    public static Result<YearEndDecision> Create(YearEndDecisionDraft draft, string provinceCode, IReadOnlyCollection<string> open, IReadOnlySet<string> approvable)
    {
        var errors = new List<DomainError>();
        var number = draft.DecisionNumber.Trim();
        if (ConversionPlanRules.DecisionNumberError(number, "quyết định tổng kết năm", "decisionNumber") is { } numberError)
        {
            errors.Add(numberError);
        }

        var (earliest, latest) = (YearEndDecision.EarliestDate(draft.Year), YearEndDecision.LatestDate(draft.Year));
        if (!IsoDate.TryParse(draft.DecisionDate, out var date))
        {
            errors.Add(DomainError.Validation(
                $"Ngày quyết định \"{draft.DecisionDate}\" không hợp lệ: dùng dạng năm-tháng-ngày, ví dụ {draft.Year + 1}-01-24.", "decisionDate"));
        }
        else if (date < earliest || date > latest)
        {
            errors.Add(DomainError.Validation(
                $"Ngày quyết định {date:yyyy-MM-dd} không phù hợp: quyết định tổng kết năm {draft.Year} ban hành từ {earliest:dd/MM/yyyy} (sau hội nghị tổng kết) đến {latest:dd/MM/yyyy}.",
                "decisionDate"));
        }

        var signer = draft.Signer.Trim();
        if (signer.Length == 0)
        {
            errors.Add(DomainError.Validation("Chưa nhập người ký quyết định (họ tên và chức vụ).", "signer"));
        }

        var removed = Codes(draft.Removed, "removed", errors);
        var continuing = Codes(draft.Continuing, "continuing", errors);
        var fresh = Codes([.. draft.NewlyDesignated.Select(d => d.CommuneCode)], "newlyDesignated", errors);
        foreach (var twice in removed.Concat(continuing).Concat(fresh).GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(DomainError.Validation($"Xã mã {twice.Key} được ghi {twice.Count()} lần trong quyết định: mỗi xã chỉ có một kết quả.", "communeCodes"));
        }

        var decided = removed.Concat(continuing).ToHashSet(StringComparer.Ordinal);
        var undecided = open.Where(c => !decided.Contains(c)).Order(StringComparer.Ordinal).ToArray();
        if (undecided.Length > 0)
        {
            errors.Add(DomainError.Validation(
                $"Quyết định chưa nêu kết quả của {undecided.Length} xã trong kế hoạch năm {draft.Year}: {string.Join(", ", undecided)}. Mỗi xã đang chuyển hóa phải được đưa ra khỏi diện hoặc tiếp tục chuyển hóa.",
                "continuing"));
        }

        var openSet = open.ToHashSet(StringComparer.Ordinal);
        foreach (var (code, field) in removed.Select((c, i) => (c, $"removed[{i}]")).Concat(continuing.Select((c, i) => (c, $"continuing[{i}]"))))
        {
            if (!openSet.Contains(code))
            {
                errors.Add(DomainError.Validation($"Xã mã {code} không phải là xã đang chuyển hóa trong kế hoạch năm {draft.Year}.", field));
            }
        }

        foreach (var (code, index) in removed.Select((c, i) => (c, i)).Where(r => openSet.Contains(r.c) && !approvable.Contains(r.c)))
        {
            errors.Add(DomainError.Validation(
                $"Xã mã {code} chưa có đề xuất đưa ra khỏi diện đang chờ tỉnh quyết định (đã qua các bước thẩm định): chỉ đưa ra khỏi diện xã đã được đề xuất.",
                $"removed[{index}]"));
        }

        foreach (var (code, index) in fresh.Select((c, i) => (c, i)).Where(f => openSet.Contains(f.c)))
        {
            errors.Add(DomainError.Validation(
                $"Xã mã {code} đang chuyển hóa trong kế hoạch năm {draft.Year}: ghi xã vào danh sách tiếp tục chuyển hóa, không phải chỉ định mới.", $"newlyDesignated[{index}]"));
        }

        var types = TypesOf(draft, errors);
        if (errors.Count > 0)
        {
            return Result<YearEndDecision>.Failure(errors);
        }

        var issuer = string.IsNullOrWhiteSpace(draft.IssuedBy) ? ProgrammeTracks.DefaultIssuer(draft.Track, provinceCode, date) : draft.IssuedBy.Trim();
        return Result<YearEndDecision>.Success(new YearEndDecision(
            draft.Year, draft.Track, number, date, signer, issuer, removed, continuing,
            [.. fresh.Zip(types, (code, t) => new DesignationDraft(code, t))]));
    }

    private static List<IReadOnlyList<DesignationKind>> TypesOf(YearEndDecisionDraft draft, List<DomainError> errors)
    {
        var all = new List<IReadOnlyList<DesignationKind>>();
        foreach (var (designation, index) in draft.NewlyDesignated.Select((d, i) => (d, i)))
        {
            var types = DesignationKinds.Check(draft.Track, designation.Types, $"newlyDesignated[{index}].types");
            errors.AddRange(types.Errors);
            all.Add(types.IsSuccess ? types.Value : []);
        }

        return all;
    }

    private static string[] Codes(IReadOnlyList<string> codes, string field, List<DomainError> errors)
    {
        var trimmed = codes.Select(c => c.Trim()).ToArray();
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (ConversionPlanRules.CommuneCodeError(trimmed[i], $"{field}[{i}]") is { } error)
            {
                errors.Add(error);
            }
        }

        return trimmed;
    }
}

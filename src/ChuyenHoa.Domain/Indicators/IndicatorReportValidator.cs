using System.Collections.Frozen;
using ChuyenHoa.Errors;
using ChuyenHoa.Periods;

namespace ChuyenHoa.Indicators;

/// <summary>Checks one commune's monthly report and, when it passes, gives the values as whole numbers.</summary>
public static class IndicatorReportValidator
{
    /// <summary>No commune counts a million of anything in a month; a larger figure is a typing slip.</summary>
    public const long MaxValue = 1_000_000;

    public const string PeriodField = "period";
    public const string ValuesField = "values";
    public const string NoteField = "note";

    /// <summary>
    /// Every rule broken, each as a VALIDATION_FAILED error whose field is the indicator code, or
    /// <see cref="PeriodField"/>, <see cref="ValuesField"/>, <see cref="NoteField"/>.
    /// </summary>
    public static Result<IndicatorReport> Validate(IndicatorCatalog catalog, IndicatorReportSubmission submission)
    {
        var errors = new List<DomainError>();
        var month = CheckPeriod(submission.Period, submission.PlanYear, errors);

        if (submission.Values.Count == 0)
        {
            errors.Add(DomainError.Validation("Báo cáo chưa có số liệu nào: hãy nhập ít nhất một chỉ tiêu.", ValuesField));
        }

        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in submission.Values.GroupBy(v => v.Indicator.Trim(), StringComparer.Ordinal))
        {
            if (CheckValue(catalog, group.Key, group.ToArray(), errors) is { } value)
            {
                values.Add(group.Key, value);
            }
        }

        var note = string.IsNullOrWhiteSpace(submission.Note) ? null : submission.Note.Trim();
        if (submission.OverrideStockFlow && note is null)
        {
            errors.Add(DomainError.Validation(
                "Đã chọn ghi đè quy tắc cân đối số người đang quản lý nhưng chưa ghi lý do: hãy nhập ghi chú giải thích vì sao số liệu không khớp.",
                NoteField));
        }

        var balanceError = StockFlowError(catalog, submission, values);
        if (balanceError is not null && !submission.OverrideStockFlow)
        {
            errors.Add(balanceError);
        }

        return errors.Count == 0
            ? Result<IndicatorReport>.Success(new IndicatorReport(month!.Value, values.ToFrozenDictionary(StringComparer.Ordinal), balanceError is not null, note))
            : Result<IndicatorReport>.Failure(errors);
    }

    /// <summary>
    /// A correction replaces figures the committees above have already added up: it must say why, so that the
    /// commune's revision history explains every change. Null when nothing reported is replaced or a note is given.
    /// </summary>
    public static DomainError? CorrectionWithoutNote(IndicatorCatalog catalog, string month, IReadOnlyCollection<string> correctedIndicators, string? note) =>
        correctedIndicators.Count == 0 || !string.IsNullOrWhiteSpace(note)
            ? null
            : DomainError.Validation(
                $"Tháng {month} đã có số liệu; sửa {string.Join(", ", correctedIndicators.Select(code => catalog.Find(code)?.Name ?? code))} là điều chỉnh: hãy nhập ghi chú lý do điều chỉnh.",
                NoteField);

    private static Period? CheckPeriod(string text, int planYear, List<DomainError> errors)
    {
        if (!Period.TryParse(text, out var period, out var error))
        {
            errors.Add(error);
            return null;
        }

        if (period.Kind != PeriodKind.Month)
        {
            var kind = period.Kind == PeriodKind.Quarter ? "một quý" : "một năm";
            errors.Add(DomainError.Validation(
                $"Kỳ báo cáo \"{period}\" là {kind}: chỉ nhập báo cáo theo tháng (ví dụ {period.Year}-11); số liệu quý và năm được tính tự động từ các tháng.",
                PeriodField));
            return null;
        }

        if (period.Year > planYear)
        {
            errors.Add(DomainError.Validation(
                $"Kỳ báo cáo {period} nằm sau năm kế hoạch {planYear}: chỉ nhận báo cáo các tháng đến hết tháng 12/{planYear}.",
                PeriodField));
            return null;
        }

        return period;
    }

    /// <summary>The value of one indicator code, or null after recording why it cannot be taken.</summary>
    private static long? CheckValue(IndicatorCatalog catalog, string code, IndicatorEntry[] entries, List<DomainError> errors)
    {
        if (code.Length == 0)
        {
            errors.Add(DomainError.Validation("Có dòng số liệu chưa ghi mã chỉ tiêu: chọn chỉ tiêu cho mỗi giá trị nhập.", ValuesField));
            return null;
        }

        if (catalog.Find(code) is not { } indicator)
        {
            errors.Add(DomainError.Validation($"Chỉ tiêu \"{code}\" không có trong danh mục chỉ tiêu của tỉnh: kiểm tra lại mã chỉ tiêu.", code));
            return null;
        }

        if (entries.Length > 1)
        {
            errors.Add(DomainError.Validation(
                $"{indicator.Name} được nhập {entries.Length} lần: mỗi chỉ tiêu chỉ nhập một giá trị trong một báo cáo.", code));
            return null;
        }

        var typed = entries[0].Value;
        var problem = typed switch
        {
            double.NaN or double.PositiveInfinity or double.NegativeInfinity => $"{indicator.Name}: giá trị nhập vào không phải là một số.",
            < 0 => $"{indicator.Name} không được âm (đã nhập {VietnameseText.Number(typed)}).",
            _ when typed != Math.Floor(typed) => $"{indicator.Name} phải là số nguyên (đã nhập {VietnameseText.Number(typed)}).",
            > MaxValue => $"{indicator.Name} ({VietnameseText.Number(typed)}) vượt quá giới hạn {VietnameseText.Number(MaxValue)}: kiểm tra lại số liệu.",
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add(DomainError.Validation(problem, code));
            return null;
        }

        return (long)typed;
    }

    /// <summary>
    /// The break of <c>current = previous + added − released</c>, or null when it holds or cannot be
    /// checked: no earlier balance, no valid current value, or an invalid added/released value.
    /// </summary>
    private static DomainError? StockFlowError(IndicatorCatalog catalog, IndicatorReportSubmission submission, Dictionary<string, long> values)
    {
        if (submission.PreviousManagedPersonsCurrent is not { } previous
            || !values.TryGetValue(IndicatorCodes.ManagedPersonsCurrent, out var current)
            || !TryFlow(IndicatorCodes.ManagedPersonsAdded, out var added)
            || !TryFlow(IndicatorCodes.ManagedPersonsReleased, out var released))
        {
            return null;
        }

        var expected = previous + added - released;
        if (current == expected)
        {
            return null;
        }

        var name = catalog.Find(IndicatorCodes.ManagedPersonsCurrent)!.Name;
        return DomainError.Validation(
            $"{name} ({VietnameseText.Number(current)}) không khớp: đầu kỳ {VietnameseText.Number(previous)} + đưa vào {VietnameseText.Number(added)} − đưa ra {VietnameseText.Number(released)} = {VietnameseText.Number(expected)}. Sửa lại số liệu, hoặc chọn ghi đè và ghi rõ lý do.",
            IndicatorCodes.ManagedPersonsCurrent);

        // A flow left out counts as 0; one typed but refused leaves the balance uncheckable.
        bool TryFlow(string code, out long value) =>
            values.TryGetValue(code, out value) || !submission.Values.Any(v => v.Indicator.Trim() == code);
    }
}

using System.Text.RegularExpressions;
using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;

namespace ChuyenHoa.Plans;

/// <summary>What a conversion plan must satisfy before it is created. Error fields name the input fields.</summary>
public static partial class ConversionPlanRules
{
    public static Result<ConversionPlan> Create(IndicatorCatalog catalog, ConversionPlanDraft draft)
    {
        var errors = new List<DomainError>();
        var provinceCode = draft.ProvinceCode.Trim();
        if (!Digits(provinceCode, 2))
        {
            errors.Add(DomainError.Validation(
                $"Mã tỉnh \"{draft.ProvinceCode}\" không hợp lệ: dùng mã 2 chữ số của Tổng cục Thống kê (ví dụ 14 cho Sơn La).", "provinceCode"));
        }

        var yearValid = draft.Year is >= Period.MinYear and <= Period.MaxYear;
        if (!yearValid)
        {
            errors.Add(DomainError.Validation($"Năm kế hoạch {draft.Year} không hợp lệ: phải trong khoảng {Period.MinYear}–{Period.MaxYear}.", "year"));
        }

        var decisionNumber = draft.DecisionNumber.Trim();
        if (DecisionNumberError(decisionNumber, "quyết định ban hành kế hoạch", "decisionNumber") is { } numberError)
        {
            errors.Add(numberError);
        }

        if (!IsoDate.TryParse(draft.DecisionDate, out var decisionDate))
        {
            errors.Add(DomainError.Validation(
                $"Ngày quyết định \"{draft.DecisionDate}\" không hợp lệ: dùng dạng năm-tháng-ngày, ví dụ 2023-03-02.", "decisionDate"));
        }
        else if (yearValid && decisionDate.Year != draft.Year && decisionDate.Year != draft.Year - 1)
        {
            errors.Add(DomainError.Validation(
                $"Ngày quyết định {draft.DecisionDate.Trim()} không phù hợp: kế hoạch năm {draft.Year} phải được ban hành trong năm {draft.Year - 1} hoặc {draft.Year}.",
                "decisionDate"));
        }

        var communeCodes = draft.CommuneCodes.Select(c => c.Trim()).ToArray();
        CheckCommunes(communeCodes, errors);
        var criteria = CreateCriteria(catalog, draft.RemovalCriteria);
        errors.AddRange(criteria.Errors);

        return errors.Count == 0
            ? Result<ConversionPlan>.Success(new ConversionPlan(provinceCode, draft.Year, decisionNumber, decisionDate, communeCodes, criteria.Value))
            : Result<ConversionPlan>.Failure(errors);
    }

    /// <summary>
    /// The edition of the units a plan decided on <paramref name="decisionDate"/> names: the one in force that day (a plan of 2026
    /// names communes of the two-level edition, the plan of 2023 those of the three-level one).
    /// </summary>
    public static DivisionEdition EditionOf(string decisionDate) =>
        IsoDate.TryParse(decisionDate, out var date) && DivisionEdition.InForceOn(date) is { } edition ? edition : DivisionEdition.ThreeLevel2024;

    /// <summary>Criteria from what a province typed: a known indicator; a count threshold a whole number ≥ 0; a reduction a fraction in (0, 1].</summary>
    public static Result<IReadOnlyList<RemovalCriterion>> CreateCriteria(IndicatorCatalog catalog, IReadOnlyList<RemovalCriterionDraft> drafts)
    {
        var errors = new List<DomainError>();
        var criteria = new List<RemovalCriterion>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var (code, kind, threshold) = drafts[i];
            var field = $"removalCriteria[{i}]";
            if (catalog.Find(code.Trim()) is not { } indicator)
            {
                errors.Add(DomainError.Validation($"Tiêu chí {i + 1}: chỉ tiêu \"{code}\" không có trong danh mục chỉ tiêu của tỉnh.", $"{field}.indicator"));
                continue;
            }

            var problem = kind switch
            {
                RemovalCriterionKind.ReductionFromPreviousYearAtLeast when threshold is <= 0 or > 1 =>
                    $"mức giảm {VietnameseText.Number(threshold)} phải là tỉ lệ lớn hơn 0 và không quá 1 (ví dụ 0,3 cho 30%).",
                RemovalCriterionKind.AtLeast or RemovalCriterionKind.AtMost when threshold < 0 =>
                    $"ngưỡng {VietnameseText.Number(threshold)} không được âm.",
                RemovalCriterionKind.AtLeast or RemovalCriterionKind.AtMost when threshold != decimal.Truncate(threshold) =>
                    $"ngưỡng {VietnameseText.Number(threshold)} phải là số nguyên vì chỉ tiêu được đếm bằng số nguyên.",
                RemovalCriterionKind.AtLeast or RemovalCriterionKind.AtMost or RemovalCriterionKind.ReductionFromPreviousYearAtLeast => null,
                _ => "loại tiêu chí không hợp lệ.",
            };
            if (problem is null)
            {
                criteria.Add(new RemovalCriterion(indicator, kind, threshold));
            }
            else
            {
                errors.Add(DomainError.Validation($"Tiêu chí {i + 1} ({indicator.Name}): {problem}", $"{field}.threshold"));
            }
        }

        return errors.Count == 0
            ? Result<IReadOnlyList<RemovalCriterion>>.Success(criteria)
            : Result<IReadOnlyList<RemovalCriterion>>.Failure(errors);
    }

    private static void CheckCommunes(string[] communeCodes, List<DomainError> errors)
    {
        if (communeCodes.Length == 0)
        {
            errors.Add(DomainError.Validation("Kế hoạch chưa có xã nào: cần chỉ định ít nhất một địa bàn trọng điểm, phức tạp.", "communeCodes"));
        }

        for (var i = 0; i < communeCodes.Length; i++)
        {
            if (CommuneCodeError(communeCodes[i], $"communeCodes[{i}]") is { } error)
            {
                errors.Add(error);
            }
        }

        foreach (var duplicate in communeCodes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(DomainError.Validation(
                $"Xã mã {duplicate.Key} được ghi {duplicate.Count()} lần trong kế hoạch: mỗi xã chỉ ghi một lần.", "communeCodes"));
        }
    }

    /// <summary>Why <paramref name="code"/> is not a commune's GSO code (5 digits), naming <paramref name="field"/>; null when it is one.</summary>
    public static DomainError? CommuneCodeError(string code, string field) =>
        Digits(code, 5) ? null : DomainError.Validation($"Mã xã \"{code}\" không hợp lệ: dùng mã 5 chữ số của Tổng cục Thống kê (ví dụ 03718).", field);

    /// <summary>Why <paramref name="number"/> (trimmed) is not the number and symbol of a decision, naming what it decides; null when it is one.</summary>
    public static DomainError? DecisionNumberError(string number, string ofWhat, string field) =>
        number.Length == 0 ? DomainError.Validation($"Chưa nhập số {ofWhat} (ví dụ 314/QĐ-UBND).", field)
        : DecisionNumberShape().IsMatch(number) ? null
        : DomainError.Validation($"Số quyết định \"{number}\" không đúng dạng số/ký hiệu: ví dụ 314/QĐ-UBND.", field);

    private static bool Digits(string text, int length) => text.Length == length && text.All(char.IsAsciiDigit);

    // "314/QĐ-UBND", "12/2023/QĐ-UBND", "45/KH-BCĐ138": a number, an optional year, a symbol of letter-digit groups.
    // Internal: the numbers of evidence documents (12/TTr-UBND) have the same shape.
    [GeneratedRegex(@"^\d+/(?:\d{4}/)?[\p{L}\d]+(?:-[\p{L}\d]+)*\z")]
    internal static partial Regex DecisionNumberShape();
}

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

    /// <summary>
    /// Criteria from what a province typed, each kind with the fields it takes and no other: a known indicator; a count
    /// threshold a whole number ≥ 0; a reduction a fraction in (0, 1]; a ratio (over a second indicator, the denominator) or a
    /// share of the population a fraction in [0, 1]; an attested fact a code and a statement, each fact once in the plan; a
    /// group one criterion or more, none of them a group, and how many must be met (a whole number from 1 to their count).
    /// </summary>
    public static Result<IReadOnlyList<RemovalCriterion>> CreateCriteria(IndicatorCatalog catalog, IReadOnlyList<RemovalCriterionDraft> drafts)
    {
        var errors = new List<DomainError>();
        var criteria = new List<RemovalCriterion>();
        for (var i = 0; i < drafts.Count; i++)
        {
            if (CreateCriterion(catalog, drafts[i], $"removalCriteria[{i}]", $"Tiêu chí {i + 1}", errors, isMember: false) is { } criterion)
            {
                criteria.Add(criterion);
            }
        }

        // Each fact once: a proposal attests a fact by its code, and two statements of one code could not both be answered.
        var facts = drafts
            .SelectMany((d, i) => (d.Members ?? []).Select((m, j) => (Draft: m, Field: $"removalCriteria[{i}].members[{j}]", Label: $"Tiêu chí {i + 1}, tiêu chí thành phần {j + 1}"))
                .Prepend((Draft: d, Field: $"removalCriteria[{i}]", Label: $"Tiêu chí {i + 1}")))
            .Where(d => d.Draft.Kind == RemovalCriterionKind.Attested && !string.IsNullOrWhiteSpace(d.Draft.Fact))
            .GroupBy(d => d.Draft.Fact!.Trim(), StringComparer.Ordinal);
        foreach (var repeated in facts.Where(g => g.Count() > 1))
        {
            errors.AddRange(repeated.Skip(1).Select(d => DomainError.Validation(
                $"{d.Label}: sự việc \"{repeated.Key}\" đã có ở {repeated.First().Label.ToLowerInvariant()}; mỗi sự việc chỉ cần xác nhận một lần.", $"{d.Field}.fact")));
        }

        return errors.Count == 0
            ? Result<IReadOnlyList<RemovalCriterion>>.Success(criteria)
            : Result<IReadOnlyList<RemovalCriterion>>.Failure(errors);
    }

    /// <summary>One criterion, or null after recording every error of it, each naming its field under <paramref name="field"/>.</summary>
    private static RemovalCriterion? CreateCriterion(
        IndicatorCatalog catalog, RemovalCriterionDraft draft, string field, string label, List<DomainError> errors, bool isMember)
    {
        var kind = draft.Kind;
        if (!Enum.IsDefined(kind))
        {
            errors.Add(DomainError.Validation($"{label}: loại tiêu chí không hợp lệ.", $"{field}.kind"));
            return null;
        }

        if (isMember && kind == RemovalCriterionKind.AtLeastOf)
        {
            errors.Add(DomainError.Validation(
                $"{label}: một nhóm tiêu chí không chứa nhóm khác; đưa thẳng các tiêu chí của nhóm bên trong vào nhóm này.", $"{field}.kind"));
            return null;
        }

        var before = errors.Count;
        var isRatio = kind is RemovalCriterionKind.RatioAtLeast or RemovalCriterionKind.RatioAtMost;
        var isPerPopulation = kind is RemovalCriterionKind.PerPopulationAtLeast or RemovalCriterionKind.PerPopulationAtMost;
        var isAttested = kind == RemovalCriterionKind.Attested;
        var isGroup = kind == RemovalCriterionKind.AtLeastOf;

        // A field the kind does not take is a slip (a denominator on AT_LEAST means a ratio was meant): refused, not dropped.
        void Unused(bool given, string name, string problem)
        {
            if (given)
            {
                errors.Add(DomainError.Validation($"{label}: {problem}", $"{field}.{name}"));
            }
        }

        Unused((isAttested || isGroup) && !string.IsNullOrWhiteSpace(draft.Indicator), "indicator",
            "tiêu chí xác nhận và nhóm tiêu chí không dùng chỉ tiêu; bỏ trống mã chỉ tiêu.");
        Unused(!isRatio && !string.IsNullOrWhiteSpace(draft.Denominator), "denominator", isPerPopulation
            ? "tiêu chí theo dân số luôn chia cho chỉ tiêu \"Dân số\"; bỏ trống mẫu số."
            : "mẫu số chỉ dùng với tiêu chí tỉ lệ giữa hai chỉ tiêu; bỏ trống mẫu số hoặc chọn loại tiêu chí tỉ lệ.");
        Unused(!isAttested && !string.IsNullOrWhiteSpace(draft.Fact), "fact",
            "mã sự việc chỉ dùng với tiêu chí xác nhận; bỏ trống trường này hoặc chọn loại tiêu chí xác nhận.");
        Unused(!isAttested && !string.IsNullOrWhiteSpace(draft.Statement), "statement",
            "nội dung xác nhận chỉ dùng với tiêu chí xác nhận; bỏ trống trường này hoặc chọn loại tiêu chí xác nhận.");
        Unused(!isGroup && draft.Members is { Count: > 0 }, "members",
            "tiêu chí thành phần chỉ dùng với nhóm tiêu chí; bỏ trống trường này hoặc chọn loại nhóm tiêu chí.");

        var indicator = isAttested || isGroup ? null : Known(catalog, draft.Indicator, "chỉ tiêu", $"{field}.indicator", label, errors);
        if (isPerPopulation && indicator?.Code == IndicatorCodes.Population)
        {
            errors.Add(DomainError.Validation($"{label}: tiêu chí theo dân số không tính chính chỉ tiêu \"Dân số\"; chọn chỉ tiêu khác.", $"{field}.indicator"));
        }

        var denominator = isRatio ? Known(catalog, draft.Denominator, "mẫu số", $"{field}.denominator", label, errors) : null;
        if (indicator is not null && denominator == indicator)
        {
            errors.Add(DomainError.Validation($"{label}: mẫu số phải là chỉ tiêu khác \"{indicator.Name}\" (ví dụ số vụ phạm pháp hình sự cho số vụ đã điều tra, khám phá).", $"{field}.denominator"));
        }

        var fact = draft.Fact?.Trim() ?? "";
        var statement = draft.Statement?.Trim() ?? "";
        if (isAttested)
        {
            if (fact.Length == 0 || !IndicatorCatalog.IsCode(fact))
            {
                errors.Add(DomainError.Validation(fact.Length == 0
                    ? $"{label}: chưa nhập mã sự việc cần xác nhận (ví dụ no_organised_crime_gang)."
                    : $"{label}: mã sự việc \"{fact}\" không hợp lệ: dùng chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ, tối đa {IndicatorCatalog.MaxCodeLength} ký tự (ví dụ no_organised_crime_gang).",
                    $"{field}.fact"));
            }

            if (statement.Length == 0)
            {
                errors.Add(DomainError.Validation(
                    $"{label}: chưa nhập nội dung cần xác nhận (ví dụ \"Không có băng, nhóm tội phạm hoạt động có tổ chức\").", $"{field}.statement"));
            }
        }

        var members = new List<RemovalCriterion>();
        if (isGroup)
        {
            var memberDrafts = draft.Members ?? [];
            if (memberDrafts.Count == 0)
            {
                errors.Add(DomainError.Validation($"{label}: nhóm chưa có tiêu chí thành phần nào; thêm các tiêu chí của nhóm.", $"{field}.members"));
            }

            for (var j = 0; j < memberDrafts.Count; j++)
            {
                if (CreateCriterion(catalog, memberDrafts[j], $"{field}.members[{j}]", $"{label}, tiêu chí thành phần {j + 1}", errors, isMember: true) is { } member)
                {
                    members.Add(member);
                }
            }
        }

        var threshold = draft.Threshold;
        var problem = kind switch
        {
            RemovalCriterionKind.ReductionFromPreviousYearAtLeast when threshold is <= 0 or > 1 =>
                $"mức giảm {VietnameseText.Number(threshold)} phải là tỉ lệ lớn hơn 0 và không quá 1 (ví dụ 0,3 cho 30%).",
            RemovalCriterionKind.AtLeast or RemovalCriterionKind.AtMost when threshold < 0 =>
                $"ngưỡng {VietnameseText.Number(threshold)} không được âm.",
            RemovalCriterionKind.AtLeast or RemovalCriterionKind.AtMost when threshold != decimal.Truncate(threshold) =>
                $"ngưỡng {VietnameseText.Number(threshold)} phải là số nguyên vì chỉ tiêu được đếm bằng số nguyên.",
            _ when isRatio && threshold is < 0 or > 1 =>
                $"ngưỡng {VietnameseText.Number(threshold)} phải là tỉ lệ từ 0 đến 1 (ví dụ 0,8 cho 80%).",
            _ when isPerPopulation && threshold is < 0 or > 1 =>
                $"ngưỡng {VietnameseText.Number(threshold)} phải là tỉ lệ trên dân số từ 0 đến 1 (ví dụ 0,005 cho 0,5% dân số).",
            RemovalCriterionKind.Attested when threshold != 0 =>
                "tiêu chí xác nhận không có ngưỡng; để ngưỡng là 0.",
            RemovalCriterionKind.AtLeastOf when draft.Members is { Count: > 0 } && (threshold < 1 || threshold > draft.Members!.Count || threshold != decimal.Truncate(threshold)) =>
                $"số tiêu chí phải đạt ({VietnameseText.Number(threshold)}) phải là số nguyên từ 1 đến {draft.Members!.Count}, số tiêu chí của nhóm.",
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add(DomainError.Validation($"{label}{(indicator is null ? "" : $" ({indicator.Name})")}: {problem}", $"{field}.threshold"));
        }

        return errors.Count > before ? null : new RemovalCriterion(indicator, kind, threshold)
        {
            Denominator = denominator,
            Fact = isAttested ? fact : null,
            Statement = isAttested ? statement : null,
            Members = members,
        };
    }

    /// <summary>The catalog's indicator <paramref name="code"/> names, or null after recording that it names none.</summary>
    private static IndicatorDefinition? Known(IndicatorCatalog catalog, string? code, string what, string field, string label, List<DomainError> errors)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(DomainError.Validation($"{label}: chưa chọn {what}.", field));
            return null;
        }

        if (catalog.Find(code.Trim()) is { } indicator)
        {
            return indicator;
        }

        errors.Add(DomainError.Validation($"{label}: {what} \"{code}\" không có trong danh mục chỉ tiêu của tỉnh.", field));
        return null;
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

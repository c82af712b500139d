using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ChuyenHoa.Errors;

namespace ChuyenHoa.Indicators;

/// <summary>
/// The indicators a province reports on: the <see cref="Standard"/> ones every province has, then
/// the province's own in the order added. Immutable; adding returns a new catalog.
/// </summary>
public sealed partial class IndicatorCatalog
{
    public const int MaxCodeLength = 64;

    private readonly FrozenDictionary<string, IndicatorDefinition> _byCode;

    private IndicatorCatalog(IReadOnlyList<IndicatorDefinition> definitions)
    {
        Definitions = definitions;
        _byCode = definitions.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
    }

    public static IndicatorCatalog Standard { get; } = new(
    [
        IndicatorDefinition.Flow(IndicatorCodes.ManagedPersonsAdded, "Số người lầm lỗi đưa vào diện quản lý", unit: "người"),
        IndicatorDefinition.Flow(IndicatorCodes.ManagedPersonsReleased, "Số người đưa ra khỏi diện quản lý",
            "Người có tiến bộ, bị bắt hoặc vắng mặt tại địa phương.", unit: "người"),
        IndicatorDefinition.Stock(IndicatorCodes.ManagedPersonsCurrent, "Số người đang quản lý, giáo dục, cảm hóa",
            "Cuối kỳ = đầu kỳ + đưa vào − đưa ra.", unit: "người"),
        IndicatorDefinition.Flow(IndicatorCodes.DenunciationHouseholds, "Số hộ tham gia phát phiếu tố giác tội phạm", unit: "hộ"),
        IndicatorDefinition.Stock(IndicatorCodes.SecurityCameras, "Số camera an ninh đã lắp đặt",
            "Theo mô hình \"Camera an ninh\".", unit: "camera"),
        IndicatorDefinition.Flow(IndicatorCodes.CriminalCases, "Số vụ phạm pháp hình sự", unit: "vụ"),
        IndicatorDefinition.Flow(IndicatorCodes.CrimeReportsTransferred, "Số tin báo tội phạm chuyển cơ quan chức năng", unit: "tin"),
        IndicatorDefinition.Flow(IndicatorCodes.LegalEducationSessions, "Số buổi tuyên truyền, phổ biến pháp luật", unit: "buổi"),
        IndicatorDefinition.Stock(IndicatorCodes.SelfGoverningGroups, "Số nhóm liên gia tự quản", unit: "nhóm"),
        IndicatorDefinition.Stock(IndicatorCodes.PeoplesSecurityTeams, "Số tổ an ninh nhân dân", unit: "tổ"),
        IndicatorDefinition.Stock(IndicatorCodes.MediationTeams, "Số tổ hòa giải", unit: "tổ"),
        IndicatorDefinition.Flow(IndicatorCodes.CasesCleared, "Số vụ phạm pháp hình sự đã điều tra, khám phá",
            "Kể cả vụ xảy ra từ kỳ trước; tỉ lệ điều tra, khám phá được tính từ số này và số vụ phạm pháp hình sự.", unit: "vụ"),
        IndicatorDefinition.Flow(IndicatorCodes.VerySeriousCases, "Số vụ rất nghiêm trọng, đặc biệt nghiêm trọng", unit: "vụ"),
        IndicatorDefinition.Flow(IndicatorCodes.VerySeriousCasesCleared, "Số vụ rất nghiêm trọng, đặc biệt nghiêm trọng đã điều tra, khám phá", unit: "vụ"),
        IndicatorDefinition.Flow(IndicatorCodes.CrimeReportsReceived, "Số tin báo, tố giác tội phạm tiếp nhận", unit: "tin"),
        IndicatorDefinition.Flow(IndicatorCodes.CrimeReportsHandled, "Số tin báo, tố giác tội phạm đã giải quyết", unit: "tin"),
        IndicatorDefinition.Stock(IndicatorCodes.DrugUsers, "Số người sử dụng trái phép chất ma túy, người nghiện",
            "Số người đang có trên địa bàn cuối kỳ.", unit: "người"),
        IndicatorDefinition.Stock(IndicatorCodes.DrugUseVenues, "Số tụ điểm, điểm phức tạp về ma túy",
            "Số tụ điểm, điểm còn tồn tại cuối kỳ.", unit: "điểm"),
        IndicatorDefinition.Flow(IndicatorCodes.DrugOffendersArrested, "Số người phạm tội về ma túy bị bắt giữ", unit: "người"),
        IndicatorDefinition.Flow(IndicatorCodes.CompulsoryRehabPersons, "Số người đưa đi cai nghiện bắt buộc", unit: "người"),
        IndicatorDefinition.Stock(IndicatorCodes.SafeResidentialAreas, "Số khu dân cư đạt tiêu chuẩn an toàn về an ninh, trật tự", unit: "khu dân cư"),
        IndicatorDefinition.Stock(IndicatorCodes.Population, "Dân số",
            "Số người sinh sống trên địa bàn. Giá trị quý, năm là tháng báo cáo gần nhất trong kỳ, nên báo cáo một tháng trong năm là đủ.", unit: "người"),
    ]);

    public IReadOnlyList<IndicatorDefinition> Definitions { get; }

    public IndicatorDefinition? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// This catalog plus a province's own indicator. Refused when the code is not lower snake case,
    /// is already taken, the name is blank, or the time aggregation does not suit the kind.
    /// </summary>
    public Result<IndicatorCatalog> WithCustom(IndicatorDefinition definition)
    {
        var errors = new List<DomainError>();
        if (!IsCode(definition.Code))
        {
            errors.Add(DomainError.Validation(
                $"Mã chỉ tiêu \"{definition.Code}\" không hợp lệ: dùng chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ, tối đa {MaxCodeLength} ký tự (ví dụ so_vu_trom_cap).",
                "code"));
        }
        else if (Find(definition.Code) is { } existing)
        {
            var owner = Standard._byCode.ContainsKey(existing.Code) ? "chỉ tiêu chuẩn" : "chỉ tiêu riêng của tỉnh";
            errors.Add(DomainError.Validation(
                $"Mã chỉ tiêu \"{definition.Code}\" đã được dùng cho {owner} \"{existing.Name}\": chọn mã khác.", "code"));
        }

        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            errors.Add(DomainError.Validation($"Chỉ tiêu \"{definition.Code}\" chưa có tên: nhập tên tiếng Việt để mọi người hiểu chỉ tiêu này.", "name"));
        }

        var expected = definition.Kind == IndicatorKind.Stock ? TimeAggregation.Last : TimeAggregation.Sum;
        if (definition.TimeAggregation != expected)
        {
            errors.Add(DomainError.Validation(
                definition.Kind == IndicatorKind.Stock
                    ? $"Chỉ tiêu \"{definition.Code}\" là số tồn (tại một thời điểm) nên giá trị quý, năm phải lấy theo tháng cuối cùng, không cộng dồn."
                    : $"Chỉ tiêu \"{definition.Code}\" là số phát sinh trong kỳ nên giá trị quý, năm phải cộng dồn các tháng.",
                "timeAggregation"));
        }

        return errors.Count == 0
            ? Result<IndicatorCatalog>.Success(new IndicatorCatalog([.. Definitions, definition with { Name = definition.Name.Trim() }]))
            : Result<IndicatorCatalog>.Failure(errors);
    }

    /// <summary>Whether <paramref name="code"/> has the shape of a code: lower snake case, at most <see cref="MaxCodeLength"/> characters.</summary>
    public static bool IsCode(string code) => code.Length <= MaxCodeLength && SnakeCase().IsMatch(code);

    [GeneratedRegex(@"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*\z")]
    private static partial Regex SnakeCase();
}

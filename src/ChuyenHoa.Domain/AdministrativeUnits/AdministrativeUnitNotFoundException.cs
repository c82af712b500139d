namespace ChuyenHoa.AdministrativeUnits;

/// <summary>A code that the official data of an edition does not hold.</summary>
public sealed class AdministrativeUnitNotFoundException(string code, string editionId)
    : Exception($"Không tìm thấy đơn vị hành chính mã \"{code}\" trong danh mục {editionId} của Tổng cục Thống kê. Hãy kiểm tra lại mã (tỉnh 2 chữ số, huyện 3, xã 5).")
{
    public string Code { get; } = code;

    public string EditionId { get; } = editionId;
}

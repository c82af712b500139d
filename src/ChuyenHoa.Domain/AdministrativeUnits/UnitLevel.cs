namespace ChuyenHoa.AdministrativeUnits;

/// <summary>The level of an administrative unit. Not every division edition uses every level.</summary>
public enum UnitLevel
{
    /// <summary>Tỉnh / thành phố trực thuộc trung ương.</summary>
    Province = 1,

    /// <summary>Huyện / quận / thị xã / thành phố thuộc tỉnh (abolished on 1 Jul 2025).</summary>
    District = 2,

    /// <summary>Xã / phường / thị trấn / đặc khu.</summary>
    Commune = 3,
}

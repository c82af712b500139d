using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Errors;

namespace ChuyenHoa.Domain.Tests.AdministrativeUnits;

public sealed class UnitKeyTests
{
    [Theory]
    [InlineData("2025:03703", "2025", "03703", UnitLevel.Commune)]
    [InlineData("2024:03703", "2024", "03703", UnitLevel.Commune)]
    [InlineData("2024:118", "2024", "118", UnitLevel.District)]
    [InlineData("2025:14", "2025", "14", UnitLevel.Province)]
    public void The_edition_form_round_trips(string text, string edition, string code, UnitLevel level)
    {
        var key = UnitKey.Parse(text);

        Assert.Equal((edition, code, level), (key.Edition.Id, key.Code, key.Level));
        Assert.Equal(text, key.ToString());
        Assert.Equal(key, UnitKey.Parse(key.ToString()));
    }

    [Theory]
    [InlineData("03718", UnitLevel.Commune)]
    [InlineData("118", UnitLevel.District)]
    [InlineData("14", UnitLevel.Province)]
    public void A_bare_code_is_the_three_level_edition_as_keyed_before_editions(string code, UnitLevel level)
    {
        var key = UnitKey.Parse(code);

        Assert.Equal(new UnitKey(DivisionEdition.ThreeLevel2024, code), key);
        Assert.Equal(level, key.Level);
        Assert.Equal($"2024:{code}", key.ToString());
    }

    [Fact]
    public void The_same_code_in_two_editions_is_two_units()
    {
        Assert.NotEqual(UnitKey.Parse("2025:03703"), UnitKey.Parse("03703"));
        Assert.Equal(UnitKey.Parse("2024:03703"), UnitKey.Parse("03703"));
    }

    [Fact]
    public void The_storage_key_keeps_the_bare_code_of_the_three_level_edition_so_old_state_is_found()
    {
        Assert.Equal("03718", new UnitKey(DivisionEdition.ThreeLevel2024, "03718").StorageKey);
        Assert.Equal("2025:03703", new UnitKey(DivisionEdition.TwoLevel2025, "03703").StorageKey);
        Assert.Equal(new UnitKey(DivisionEdition.ThreeLevel2024, "03718"), UnitKey.Parse(new UnitKey(DivisionEdition.ThreeLevel2024, "03718").StorageKey));
    }

    [Theory]
    [InlineData(null, "Thiếu mã")]
    [InlineData("", "Thiếu mã")]
    [InlineData("2023:03718", "không có danh mục đơn vị hành chính \"2023\"")]
    [InlineData(":03718", "không có danh mục đơn vị hành chính \"\"")]
    [InlineData("2025:", "mã đơn vị gồm chữ số")]
    [InlineData("2025:0370", "mã đơn vị gồm chữ số")]
    [InlineData("2025:03a03", "mã đơn vị gồm chữ số")]
    [InlineData("2025:03:703", "mã đơn vị gồm chữ số")]
    [InlineData("03718 ", "mã đơn vị gồm chữ số")]
    [InlineData("٠٣٧١٨", "mã đơn vị gồm chữ số")]
    [InlineData("2025:118", "không có đơn vị mã 3 chữ số")]
    public void Bad_input_is_refused_with_a_vietnamese_validation_error_naming_the_field(string? text, string expected)
    {
        Assert.False(UnitKey.TryParse(text, out _, out var error, "communeKey"));

        Assert.Equal((ErrorCodes.ValidationFailed, "communeKey"), (error.Code, error.Field));
        Assert.Contains(expected, error.Message);
        Assert.Equal(error, Assert.Throws<DomainException>(() => UnitKey.Parse(text, "communeKey")).Error);
    }

    [Fact]
    public void A_key_is_built_only_from_a_code_its_edition_has() =>
        Assert.Equal(ErrorCodes.ValidationFailed, Assert.Throws<DomainException>(() => new UnitKey(DivisionEdition.TwoLevel2025, "118")).Error.Code);

    [Theory]
    [InlineData("2025", "03703", "2025:03703")]
    [InlineData("2024", "03703", "03703")]
    [InlineData("2024", "118", "118")]
    [InlineData("2025", "118", null)]
    [InlineData("2025", "3703", null)]
    [InlineData("2025", null, null)]
    public void Of_gives_a_codes_key_in_an_edition_or_null_where_no_unit_can_have_it(string edition, string? code, string? storageKey) =>
        Assert.Equal(storageKey, UnitKey.Of(DivisionEdition.Find(edition)!, code)?.StorageKey);
}

using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;

namespace ChuyenHoa.Domain.Tests.Indicators;

public class IndicatorCatalogTests
{
    [Fact]
    public void Standard_holds_the_eleven_indicators_of_the_domain_then_the_eleven_of_the_programme_in_order()
    {
        Assert.Equal(
        [
            "managed_persons_added", "managed_persons_released", "managed_persons_current", "denunciation_households",
            "security_cameras", "criminal_cases", "crime_reports_transferred", "legal_education_sessions",
            "self_governing_groups", "peoples_security_teams", "mediation_teams",
            "cases_cleared", "very_serious_cases", "very_serious_cases_cleared", "crime_reports_received", "crime_reports_handled",
            "drug_users", "drug_use_venues", "drug_offenders_arrested", "compulsory_rehab_persons", "safe_residential_areas", "population",
        ],
            IndicatorCatalog.Standard.Definitions.Select(d => d.Code));
    }

    [Theory]
    [InlineData(IndicatorCodes.ManagedPersonsAdded, "Số người lầm lỗi đưa vào diện quản lý", IndicatorKind.Flow, "người")]
    [InlineData(IndicatorCodes.ManagedPersonsReleased, "Số người đưa ra khỏi diện quản lý", IndicatorKind.Flow, "người")]
    [InlineData(IndicatorCodes.ManagedPersonsCurrent, "Số người đang quản lý, giáo dục, cảm hóa", IndicatorKind.Stock, "người")]
    [InlineData(IndicatorCodes.DenunciationHouseholds, "Số hộ tham gia phát phiếu tố giác tội phạm", IndicatorKind.Flow, "hộ")]
    [InlineData(IndicatorCodes.SecurityCameras, "Số camera an ninh đã lắp đặt", IndicatorKind.Stock, "camera")]
    [InlineData(IndicatorCodes.CriminalCases, "Số vụ phạm pháp hình sự", IndicatorKind.Flow, "vụ")]
    [InlineData(IndicatorCodes.CrimeReportsTransferred, "Số tin báo tội phạm chuyển cơ quan chức năng", IndicatorKind.Flow, "tin")]
    [InlineData(IndicatorCodes.LegalEducationSessions, "Số buổi tuyên truyền, phổ biến pháp luật", IndicatorKind.Flow, "buổi")]
    [InlineData(IndicatorCodes.SelfGoverningGroups, "Số nhóm liên gia tự quản", IndicatorKind.Stock, "nhóm")]
    [InlineData(IndicatorCodes.PeoplesSecurityTeams, "Số tổ an ninh nhân dân", IndicatorKind.Stock, "tổ")]
    [InlineData(IndicatorCodes.MediationTeams, "Số tổ hòa giải", IndicatorKind.Stock, "tổ")]
    [InlineData(IndicatorCodes.CasesCleared, "Số vụ phạm pháp hình sự đã điều tra, khám phá", IndicatorKind.Flow, "vụ")]
    [InlineData(IndicatorCodes.VerySeriousCases, "Số vụ rất nghiêm trọng, đặc biệt nghiêm trọng", IndicatorKind.Flow, "vụ")]
    [InlineData(IndicatorCodes.VerySeriousCasesCleared, "Số vụ rất nghiêm trọng, đặc biệt nghiêm trọng đã điều tra, khám phá", IndicatorKind.Flow, "vụ")]
    [InlineData(IndicatorCodes.CrimeReportsReceived, "Số tin báo, tố giác tội phạm tiếp nhận", IndicatorKind.Flow, "tin")]
    [InlineData(IndicatorCodes.CrimeReportsHandled, "Số tin báo, tố giác tội phạm đã giải quyết", IndicatorKind.Flow, "tin")]
    [InlineData(IndicatorCodes.DrugUsers, "Số người sử dụng trái phép chất ma túy, người nghiện", IndicatorKind.Stock, "người")]
    [InlineData(IndicatorCodes.DrugUseVenues, "Số tụ điểm, điểm phức tạp về ma túy", IndicatorKind.Stock, "điểm")]
    [InlineData(IndicatorCodes.DrugOffendersArrested, "Số người phạm tội về ma túy bị bắt giữ", IndicatorKind.Flow, "người")]
    [InlineData(IndicatorCodes.CompulsoryRehabPersons, "Số người đưa đi cai nghiện bắt buộc", IndicatorKind.Flow, "người")]
    [InlineData(IndicatorCodes.SafeResidentialAreas, "Số khu dân cư đạt tiêu chuẩn an toàn về an ninh, trật tự", IndicatorKind.Stock, "khu dân cư")]
    [InlineData(IndicatorCodes.Population, "Dân số", IndicatorKind.Stock, "người")]
    public void Standard_indicator_has_its_name_unit_and_aggregations(string code, string name, IndicatorKind kind, string unit)
    {
        var definition = IndicatorCatalog.Standard.Find(code);

        Assert.NotNull(definition);
        Assert.Equal(name, definition.Name);
        Assert.Equal(unit, definition.Unit);
        Assert.Equal(kind, definition.Kind);
        Assert.Equal(kind == IndicatorKind.Stock ? TimeAggregation.Last : TimeAggregation.Sum, definition.TimeAggregation);
        Assert.Equal(HierarchyAggregation.Sum, definition.HierarchyAggregation);
    }

    [Fact]
    public void Find_returns_null_for_an_unknown_code() => Assert.Null(IndicatorCatalog.Standard.Find("theft_cases"));

    [Fact]
    public void WithCustom_adds_a_province_indicator_after_the_standard_ones_without_changing_the_original()
    {
        var result = IndicatorCatalog.Standard.WithCustom(IndicatorDefinition.Flow("drug_cases", "Số vụ phạm tội về ma túy"));

        Assert.True(result.IsSuccess);
        Assert.Equal(IndicatorCatalog.Standard.Definitions.Count + 1, result.Value.Definitions.Count);
        Assert.Equal("drug_cases", result.Value.Definitions[^1].Code);
        Assert.Equal("Số vụ phạm tội về ma túy", result.Value.Find("drug_cases")?.Name);
        Assert.Null(IndicatorCatalog.Standard.Find("drug_cases"));
    }

    [Theory]
    [InlineData("DrugCases")]
    [InlineData("drug-cases")]
    [InlineData("1drug")]
    [InlineData("drug__cases")]
    [InlineData("drug_cases_")]
    [InlineData("ma_túy")]
    [InlineData("drug_cases\n")]
    [InlineData("")]
    public void WithCustom_refuses_a_code_that_is_not_lower_snake_case(string code)
    {
        var result = IndicatorCatalog.Standard.WithCustom(IndicatorDefinition.Flow(code, "Số vụ"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal("code", error.Field);
    }

    [Fact]
    public void WithCustom_refuses_a_code_longer_than_the_limit()
    {
        var result = IndicatorCatalog.Standard.WithCustom(IndicatorDefinition.Flow(new string('a', IndicatorCatalog.MaxCodeLength + 1), "Số vụ"));

        Assert.Equal("code", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void WithCustom_refuses_a_code_of_a_standard_indicator_and_names_it()
    {
        var result = IndicatorCatalog.Standard.WithCustom(IndicatorDefinition.Flow(IndicatorCodes.CriminalCases, "Số vụ án"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("code", error.Field);
        Assert.Contains("chỉ tiêu chuẩn \"Số vụ phạm pháp hình sự\"", error.Message);
    }

    [Fact]
    public void WithCustom_refuses_a_code_already_added_by_the_province()
    {
        var catalog = IndicatorCatalog.Standard.WithCustom(IndicatorDefinition.Flow("drug_cases", "Số vụ ma túy")).Value;

        var error = Assert.Single(catalog.WithCustom(IndicatorDefinition.Stock("drug_cases", "Số điểm ma túy")).Errors);

        Assert.Contains("chỉ tiêu riêng của tỉnh", error.Message);
    }

    [Fact]
    public void WithCustom_refuses_a_blank_name() =>
        Assert.Equal("name", Assert.Single(IndicatorCatalog.Standard.WithCustom(IndicatorDefinition.Flow("drug_cases", "  ")).Errors).Field);

    [Theory]
    [InlineData(IndicatorKind.Stock, TimeAggregation.Sum)]
    [InlineData(IndicatorKind.Flow, TimeAggregation.Last)]
    public void WithCustom_refuses_a_time_aggregation_that_does_not_suit_the_kind(IndicatorKind kind, TimeAggregation aggregation)
    {
        var definition = new IndicatorDefinition("drug_spots", "Số điểm ma túy", kind, aggregation, HierarchyAggregation.Sum);

        Assert.Equal("timeAggregation", Assert.Single(IndicatorCatalog.Standard.WithCustom(definition).Errors).Field);
    }

    [Fact]
    public void Reading_the_value_of_a_failed_result_throws_its_first_error()
    {
        var result = IndicatorCatalog.Standard.WithCustom(IndicatorDefinition.Flow("Bad", " "));

        Assert.Equal(2, result.Errors.Count);
        Assert.Equal("code", Assert.Throws<DomainException>(() => result.Value).Error.Field);
    }
}

using ChuyenHoa.Errors;
using ChuyenHoa.Indicators;

namespace ChuyenHoa.Domain.Tests.Indicators;

public class IndicatorReportValidatorTests
{
    private static Result<IndicatorReport> Validate(
        string period = "2023-11",
        IndicatorEntry[]? values = null,
        int planYear = 2023,
        long? previousCurrent = null,
        bool overrideStockFlow = false,
        string? note = null) =>
        IndicatorReportValidator.Validate(
            IndicatorCatalog.Standard,
            new IndicatorReportSubmission(period, values ?? [new(IndicatorCodes.CriminalCases, 2)], planYear, previousCurrent, overrideStockFlow, note));

    private static IndicatorEntry[] Balance(double current, double? added = 5, double? released = 2) =>
        new[]
        {
            new IndicatorEntry(IndicatorCodes.ManagedPersonsCurrent, current),
            added is { } a ? new IndicatorEntry(IndicatorCodes.ManagedPersonsAdded, a) : null,
            released is { } r ? new IndicatorEntry(IndicatorCodes.ManagedPersonsReleased, r) : null,
        }.OfType<IndicatorEntry>().ToArray();

    private static DomainError SingleError(Result<IndicatorReport> result, string field)
    {
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal(field, error.Field);
        return error;
    }

    [Fact]
    public void A_valid_report_gives_whole_number_values_for_its_month()
    {
        var result = Validate(values: [new(IndicatorCodes.CriminalCases, 2), new(IndicatorCodes.SecurityCameras, 189.0)]);

        Assert.True(result.IsSuccess);
        Assert.Equal("2023-11", result.Value.Month.ToString());
        Assert.Equal(2L, result.Value.Values[IndicatorCodes.CriminalCases]);
        Assert.Equal(189L, result.Value.Values[IndicatorCodes.SecurityCameras]);
        Assert.False(result.Value.StockFlowOverridden);
    }

    [Fact]
    public void An_unparsable_period_is_refused_on_period() =>
        SingleError(Validate(period: "2023-13"), "period");

    [Theory]
    [InlineData("2023-Q4", "là một quý")]
    [InlineData("2023", "là một năm")]
    public void A_quarter_or_year_is_refused_because_they_are_derived(string period, string expected) =>
        Assert.Contains(expected, SingleError(Validate(period: period), "period").Message);

    [Fact]
    public void A_month_after_the_plan_year_is_refused() =>
        Assert.Contains("sau năm kế hoạch 2023", SingleError(Validate(period: "2024-01"), "period").Message);

    [Fact]
    public void A_month_of_an_earlier_year_is_accepted() =>
        Assert.True(Validate(period: "2022-05").IsSuccess);

    [Fact]
    public void A_report_without_values_is_refused() =>
        SingleError(Validate(values: []), "values");

    [Fact]
    public void An_unknown_indicator_is_refused_on_its_code() =>
        Assert.Contains("\"theft_cases\"", SingleError(Validate(values: [new("theft_cases", 1)]), "theft_cases").Message);

    [Fact]
    public void A_value_without_an_indicator_code_is_refused() =>
        SingleError(Validate(values: [new(" ", 1)]), "values");

    [Fact]
    public void An_indicator_given_twice_is_refused_once_on_its_code()
    {
        var error = SingleError(Validate(values: [new(IndicatorCodes.CriminalCases, 2), new(IndicatorCodes.CriminalCases, 2)]), IndicatorCodes.CriminalCases);

        Assert.Contains("Số vụ phạm pháp hình sự được nhập 2 lần", error.Message);
    }

    [Theory]
    [InlineData(-3, "không được âm (đã nhập -3)")]
    [InlineData(2.5, "phải là số nguyên (đã nhập 2,5)")]
    [InlineData(1_000_001, "(1.000.001) vượt quá giới hạn 1.000.000")]
    [InlineData(double.NaN, "không phải là một số")]
    [InlineData(double.PositiveInfinity, "không phải là một số")]
    public void A_value_that_is_not_a_whole_number_between_0_and_a_million_is_refused(double value, string expected)
    {
        var error = SingleError(Validate(values: [new(IndicatorCodes.CriminalCases, value)]), IndicatorCodes.CriminalCases);

        Assert.StartsWith("Số vụ phạm pháp hình sự", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_000)]
    public void Zero_and_a_million_are_accepted(double value) =>
        Assert.True(Validate(values: [new(IndicatorCodes.CriminalCases, value)]).IsSuccess);

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var result = Validate(period: "2023-Q4", values: [new("unknown", 1), new(IndicatorCodes.CriminalCases, -1)]);

        Assert.Equal(["period", "unknown", IndicatorCodes.CriminalCases], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_balanced_managed_persons_report_is_accepted() =>
        Assert.True(Validate(values: Balance(59), previousCurrent: 56).IsSuccess);

    [Fact]
    public void An_unbalanced_managed_persons_report_is_refused_with_the_arithmetic()
    {
        var error = SingleError(Validate(values: Balance(60), previousCurrent: 56), IndicatorCodes.ManagedPersonsCurrent);

        Assert.StartsWith("Số người đang quản lý, giáo dục, cảm hóa (60) không khớp: đầu kỳ 56 + đưa vào 5 − đưa ra 2 = 59.", error.Message);
    }

    [Fact]
    public void Missing_added_and_released_count_as_zero_when_current_is_given()
    {
        Assert.True(Validate(values: Balance(56, added: null, released: null), previousCurrent: 56).IsSuccess);
        Assert.Contains("đưa vào 0 − đưa ra 2 = 54", SingleError(Validate(values: Balance(56, added: null), previousCurrent: 56), IndicatorCodes.ManagedPersonsCurrent).Message);
    }

    [Fact]
    public void Without_a_current_value_the_balance_is_not_checked() =>
        Assert.True(Validate(values: [new(IndicatorCodes.ManagedPersonsAdded, 5), new(IndicatorCodes.ManagedPersonsReleased, 2)], previousCurrent: 56).IsSuccess);

    [Fact]
    public void Without_an_earlier_balance_the_report_opens_it_unchecked() =>
        Assert.True(Validate(values: Balance(60), previousCurrent: null).IsSuccess);

    [Fact]
    public void An_invalid_flow_is_refused_alone_without_a_balance_error_built_on_it() =>
        SingleError(Validate(values: Balance(60, added: -1), previousCurrent: 56), IndicatorCodes.ManagedPersonsAdded);

    [Fact]
    public void An_unbalanced_report_is_accepted_with_an_override_and_a_note()
    {
        var result = Validate(values: Balance(60), previousCurrent: 56, overrideStockFlow: true, note: "  Một người chuyển đến từ xã khác.  ");

        Assert.True(result.IsSuccess);
        Assert.True(result.Value.StockFlowOverridden);
        Assert.Equal("Một người chuyển đến từ xã khác.", result.Value.Note);
        Assert.Equal(60L, result.Value.Values[IndicatorCodes.ManagedPersonsCurrent]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void An_override_without_a_note_is_refused_on_note(string? note) =>
        Assert.Contains("chưa ghi lý do", SingleError(Validate(values: Balance(60), previousCurrent: 56, overrideStockFlow: true, note: note), "note").Message);

    [Fact]
    public void An_override_without_a_note_is_refused_even_when_the_balance_holds() =>
        SingleError(Validate(values: Balance(59), previousCurrent: 56, overrideStockFlow: true), "note");

    [Fact]
    public void An_override_that_was_not_needed_is_not_recorded_as_used()
    {
        var result = Validate(values: Balance(59), previousCurrent: 56, overrideStockFlow: true, note: "Kiểm tra lại.");

        Assert.False(result.Value.StockFlowOverridden);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void A_correction_without_a_note_names_the_corrected_indicators_under_note(string? note)
    {
        var error = IndicatorReportValidator.CorrectionWithoutNote(IndicatorCatalog.Standard, "2023-11", [IndicatorCodes.SecurityCameras], note);

        Assert.Equal(("note", ErrorCodes.ValidationFailed), (error?.Field, error?.Code));
        Assert.Contains("Số camera an ninh đã lắp đặt", error!.Message);
    }

    [Fact]
    public void A_correction_with_a_note_or_a_report_that_replaces_nothing_needs_no_note()
    {
        Assert.Null(IndicatorReportValidator.CorrectionWithoutNote(IndicatorCatalog.Standard, "2023-11", [IndicatorCodes.SecurityCameras], "Đếm lại."));
        Assert.Null(IndicatorReportValidator.CorrectionWithoutNote(IndicatorCatalog.Standard, "2023-11", [], null));
    }
}

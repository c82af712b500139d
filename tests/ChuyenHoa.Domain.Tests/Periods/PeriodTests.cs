using ChuyenHoa.Errors;
using ChuyenHoa.Periods;

namespace ChuyenHoa.Domain.Tests.Periods;

public class PeriodTests
{
    [Theory]
    [InlineData("2023-11", PeriodKind.Month, 2023, 11)]
    [InlineData("2023-01", PeriodKind.Month, 2023, 1)]
    [InlineData("2023-Q4", PeriodKind.Quarter, 2023, 10)]
    [InlineData("2023-Q1", PeriodKind.Quarter, 2023, 1)]
    [InlineData("2023", PeriodKind.Year, 2023, 1)]
    [InlineData("2000", PeriodKind.Year, 2000, 1)]
    [InlineData("2100-12", PeriodKind.Month, 2100, 12)]
    public void Parse_reads_months_quarters_and_years(string text, PeriodKind kind, int year, int firstMonth)
    {
        var period = Period.Parse(text);

        Assert.Equal(kind, period.Kind);
        Assert.Equal(year, period.Year);
        Assert.Equal(firstMonth, period.FirstMonth);
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData(" 2023-11 ", "2023-11")]
    [InlineData("2023-q2", "2023-Q2")]
    public void Parse_tolerates_spaces_and_lower_case_q_and_prints_canonically(string text, string canonical) =>
        Assert.Equal(canonical, Period.Parse(text).ToString());

    [Theory]
    [InlineData("2023-13")]
    [InlineData("2023-00")]
    [InlineData("2023-Q0")]
    [InlineData("2023-Q5")]
    [InlineData("2023-1")]
    [InlineData("2023/11")]
    [InlineData("23-11")]
    [InlineData("2023-11-01")]
    [InlineData("2023-H1")]
    [InlineData("abcd")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryParse_refuses_malformed_text_with_a_validation_error_on_period(string? text)
    {
        Assert.False(Period.TryParse(text, out _, out var error));

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal("period", error.Field);
        Assert.Equal($"Kỳ báo cáo \"{text}\" không hợp lệ: dùng dạng 2023-11 (tháng), 2023-Q4 (quý) hoặc 2023 (năm).", error.Message);
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("1999-12")]
    [InlineData("2101-Q1")]
    public void TryParse_refuses_years_outside_2000_to_2100(string text)
    {
        Assert.False(Period.TryParse(text, out _, out var error));

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Contains("2000–2100", error.Message);
    }

    [Fact]
    public void Parse_throws_a_domain_exception_carrying_the_error()
    {
        var exception = Assert.Throws<DomainException>(() => Period.Parse("2023-13"));

        Assert.Equal(ErrorCodes.ValidationFailed, exception.Error.Code);
        Assert.Equal("period", exception.Error.Field);
    }

    [Fact]
    public void Months_lists_the_covered_months_in_order()
    {
        Assert.Equal(["2023-10", "2023-11", "2023-12"], Period.Parse("2023-Q4").Months.Select(m => m.ToString()));
        Assert.Equal(12, Period.Parse("2023").Months.Count);
        Assert.Equal("2023-12", Period.Parse("2023").Months[^1].ToString());
        Assert.Equal([Period.Parse("2023-05")], Period.Parse("2023-05").Months);
    }

    [Theory]
    [InlineData("2023-Q4", "2023-10", true)]
    [InlineData("2023-Q4", "2023-12", true)]
    [InlineData("2023-Q4", "2023-09", false)]
    [InlineData("2023", "2023-Q2", true)]
    [InlineData("2023", "2022-12", false)]
    [InlineData("2023-05", "2023-05", true)]
    [InlineData("2023-Q1", "2023", false)]
    public void Contains_is_true_only_for_periods_inside(string outer, string inner, bool expected) =>
        Assert.Equal(expected, Period.Parse(outer).Contains(Period.Parse(inner)));

    [Theory]
    [InlineData("2023-11", "2022-11")]
    [InlineData("2023-Q4", "2022-Q4")]
    [InlineData("2023", "2022")]
    public void SamePeriodPreviousYear_keeps_the_kind_and_span(string text, string expected) =>
        Assert.Equal(expected, Period.Parse(text).SamePeriodPreviousYear.ToString());

    [Theory]
    [InlineData("2023-11", "2023-10")]
    [InlineData("2023-01", "2022-12")]
    public void PreviousMonth_steps_back_across_years(string text, string expected) =>
        Assert.Equal(expected, Period.Parse(text).PreviousMonth.ToString());

    [Fact]
    public void PreviousMonth_of_a_quarter_is_an_error() =>
        Assert.Throws<InvalidOperationException>(() => Period.Parse("2023-Q4").PreviousMonth);

    [Theory]
    [InlineData("2023-01", "2023-Q1")]
    [InlineData("2023-03", "2023-Q1")]
    [InlineData("2023-04", "2023-Q2")]
    [InlineData("2023-11", "2023-Q4")]
    public void ContainingQuarter_of_a_month(string month, string quarter)
    {
        var period = Period.Parse(month);

        Assert.Equal(quarter, period.ContainingQuarter.ToString());
        Assert.Equal("2023", period.ContainingYear.ToString());
    }

    [Fact]
    public void A_quarter_is_its_own_containing_quarter_and_a_year_has_none()
    {
        Assert.Equal("2023-Q3", Period.Parse("2023-Q3").ContainingQuarter.ToString());
        Assert.Throws<InvalidOperationException>(() => Period.Parse("2023").ContainingQuarter);
    }

    [Fact]
    public void Periods_order_by_start_then_length()
    {
        var shuffled = new[] { "2023", "2023-Q2", "2023-02", "2022-12", "2023-Q1", "2023-01", "2023-04" }.Select(Period.Parse);

        Assert.Equal(
            ["2022-12", "2023-01", "2023-Q1", "2023", "2023-02", "2023-04", "2023-Q2"],
            shuffled.Order().Select(p => p.ToString()));
        Assert.True(Period.Parse("2023-01") < Period.Parse("2023-Q1"));
        Assert.True(Period.Parse("2023-12") >= Period.Parse("2023-Q4"));
    }

    [Fact]
    public void Equal_text_gives_equal_periods() =>
        Assert.Equal(Period.Parse("2023-Q4"), Period.ForQuarter(2023, 4));

    [Fact]
    public void Factories_refuse_out_of_range_parts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.ForMonth(2023, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.ForQuarter(2023, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.ForYear(1999));
    }
}

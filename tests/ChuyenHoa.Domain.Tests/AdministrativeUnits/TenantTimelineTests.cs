using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Periods;

namespace ChuyenHoa.Domain.Tests.AdministrativeUnits;

public sealed class TenantTimelineTests
{
    [Theory]
    [InlineData("2020-01-01", "2024")]
    [InlineData("2023-11-17", "2024")]
    [InlineData("2025-06-30", "2024")]
    [InlineData("2025-07-01", "2025")]
    [InlineData("2026-10-31", "2025")]
    public void The_edition_in_force_changes_on_1_july_2025(string date, string edition) =>
        Assert.Equal(edition, DivisionEdition.InForceOn(DateOnly.Parse(date))?.Id);

    [Fact]
    public void No_edition_is_in_force_before_the_first() =>
        Assert.Null(DivisionEdition.InForceOn(new DateOnly(2019, 12, 31)));

    [Fact]
    public void Tuyen_quang_reads_old_ha_giang_and_tuyen_quang_until_the_cut_over_then_itself()
    {
        var timeline = TenantTimeline.For("08");

        Assert.Equal(["02", "08"], timeline.On(new DateOnly(2025, 6, 30))!.ProvinceCodes);
        Assert.Equal(DivisionEdition.ThreeLevel2024, timeline.On(new DateOnly(2025, 6, 30))!.Edition);
        Assert.Equal(["08"], timeline.On(new DateOnly(2025, 7, 1))!.ProvinceCodes);
        Assert.Equal(DivisionEdition.TwoLevel2025, timeline.On(new DateOnly(2025, 7, 1))!.Edition);
        Assert.Equal(["02", "08"], timeline.PredecessorProvinces);
    }

    [Fact]
    public void Son_la_is_its_own_predecessor_and_keeps_its_code()
    {
        var timeline = TenantTimeline.For("14");

        Assert.Equal(["14"], timeline.PredecessorProvinces);
        Assert.Equal(["2024", "2025"], timeline.Editions.Select(e => e.Edition.Id));
        Assert.Equal((new DateOnly(2025, 6, 30), new DateOnly(2025, 7, 1)), (timeline.Editions[0].ValidUntil!.Value, timeline.Editions[1].ValidFrom));
    }

    [Fact]
    public void A_province_merged_away_has_the_three_level_edition_only_and_nothing_after_it_ended()
    {
        var haGiang = TenantTimeline.For("02");

        Assert.Equal(["02"], haGiang.On(new DateOnly(2025, 6, 30))!.ProvinceCodes);
        Assert.Null(haGiang.On(new DateOnly(2025, 7, 1)));
        Assert.Empty(haGiang.PredecessorProvinces);
    }

    [Theory]
    [InlineData("2025-06", "2024")]
    [InlineData("2025-Q2", "2024")]
    [InlineData("2025-07", "2025")]
    [InlineData("2025-Q3", "2025")]
    [InlineData("2025", "2024,2025")]
    [InlineData("2023", "2024")]
    public void A_period_lies_in_the_editions_in_force_during_its_months(string period, string editions) =>
        Assert.Equal(editions.Split(','), TenantTimeline.For("14").Over(Period.Parse(period)).Select(e => e.Edition.Id));

    [Theory]
    [InlineData("118")]
    [InlineData("99")]
    public void Something_that_is_no_province_has_no_timeline(string code)
    {
        Assert.Equal(code, Assert.Throws<AdministrativeUnitNotFoundException>(() => TenantTimeline.For(code)).Code);
        Assert.Null(TenantTimeline.Find(code));
    }
}

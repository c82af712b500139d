using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Domain.Tests.Plans;

public sealed class DesignationCarryOverTests
{
    private static readonly DivisionEdition ThreeLevel = DivisionEdition.ThreeLevel2024;

    [Fact]
    public void A_plan_of_2025_on_the_old_list_passes_quynh_nhais_four_whole_predecessors_to_the_new_commune_from_1_july()
    {
        var carried = Assert.Single(DesignationCarryOver.Of(ThreeLevel, 2025, ["03700", "03703", "03706", "03718"]));

        Assert.Equal(("03703", DivisionEdition.TwoLevel2025, new DateOnly(2025, 7, 1)), (carried.CommuneCode, carried.Edition, carried.From));
        Assert.Equal(["03700", "03703", "03706", "03718"], carried.CarriedFrom.Select(l => l.Code));
        Assert.All(carried.CarriedFrom, l => Assert.Equal(UnitCoverage.Full, l.Coverage));
        Assert.False(carried.NeedsConfirmation);
    }

    [Fact]
    public void A_commune_split_between_two_new_communes_passes_to_both_and_each_needs_the_provinces_confirmation()
    {
        var carried = DesignationCarryOver.Of(ThreeLevel, 2025, ["04012"]);

        Assert.Equal(["03980", "04078"], carried.Select(c => c.CommuneCode));
        Assert.All(carried, c => Assert.Equal([new UnitLink("04012", UnitCoverage.Partial)], c.CarriedFrom));
        Assert.All(carried, c => Assert.True(c.NeedsConfirmation));
    }

    [Fact]
    public void A_successor_that_took_in_a_whole_designated_commune_and_part_of_another_needs_confirmation()
    {
        // 04012 went partly into 03980; whatever else of the plan went there whole, the province decides.
        var wholeInto03980 = EditionMapping.From2024To2025.PredecessorsOf("03980").First(l => l.Coverage == UnitCoverage.Full).Code;

        var carried = Assert.Single(DesignationCarryOver.Of(ThreeLevel, 2025, ["04012", wholeInto03980]), c => c.CommuneCode == "03980");

        Assert.Equal(2, carried.CarriedFrom.Count);
        Assert.True(carried.NeedsConfirmation);
    }

    [Theory]
    [InlineData("2024", 2023)]
    [InlineData("2024", 2024)]
    [InlineData("2025", 2025)]
    [InlineData("2025", 2026)]
    public void A_plan_whose_list_is_in_force_all_year_carries_nothing(string editionId, int year) =>
        Assert.Empty(DesignationCarryOver.Of(DivisionEdition.Find(editionId)!, year, ["03718"]));

    [Fact]
    public void Only_2025_has_a_cut_over_day()
    {
        Assert.Equal(new DateOnly(2025, 7, 1), DesignationCarryOver.CutOverIn(2025));
        Assert.Null(DesignationCarryOver.CutOverIn(2024));
        Assert.Null(DesignationCarryOver.CutOverIn(2026));
    }
}

using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;

namespace ChuyenHoa.Domain.Tests.Indicators;

public sealed class MonthTableTests
{
    private static readonly Period November = Period.ForMonth(2023, 11);
    private static readonly Period December = Period.ForMonth(2023, 12);
    private static readonly Period January = Period.ForMonth(2024, 1);

    [Fact]
    public void A_value_set_for_a_month_is_read_back_and_other_cells_stay_empty()
    {
        var table = new MonthTable();

        table.Set(December, IndicatorCodes.CriminalCases, 3);

        Assert.True(table.TryGet(December, IndicatorCodes.CriminalCases, out var cases));
        Assert.Equal(3, cases);
        Assert.False(table.TryGet(December, IndicatorCodes.SecurityCameras, out _));
        Assert.False(table.TryGet(November, IndicatorCodes.CriminalCases, out _));
        Assert.Equal(new Dictionary<string, long> { [IndicatorCodes.CriminalCases] = 3 }, table.ValuesOf(December));
    }

    [Fact]
    public void Months_set_out_of_order_are_kept_in_order_with_their_values()
    {
        var table = new MonthTable();
        table.Set(January, IndicatorCodes.CriminalCases, 1);
        table.Set(November, IndicatorCodes.CriminalCases, 11);
        table.Set(December, IndicatorCodes.SecurityCameras, 12);

        Assert.Equal([MonthTable.MonthNumber(November), MonthTable.MonthNumber(December), MonthTable.MonthNumber(January)], table.MonthNumbers.ToArray());
        Assert.Equal(new Dictionary<Period, long> { [November] = 11, [January] = 1 }, table.Series(IndicatorCodes.CriminalCases));
        Assert.Equal(
            [(November, IndicatorCodes.CriminalCases, 11L), (December, IndicatorCodes.SecurityCameras, 12L), (January, IndicatorCodes.CriminalCases, 1L)],
            table.All());
    }

    [Fact]
    public void A_code_outside_the_standard_catalog_gets_a_column_of_its_own_and_earlier_values_stay()
    {
        var table = new MonthTable();
        table.Set(November, IndicatorCodes.CriminalCases, 4);

        table.Set(December, "so_vu_trom_cap", 9);

        Assert.Equal("so_vu_trom_cap", table.Columns[^1]);
        Assert.True(table.TryGet(November, IndicatorCodes.CriminalCases, out var cases) && cases == 4);
        Assert.True(table.TryGet(December, "so_vu_trom_cap", out var thefts) && thefts == 9);
        Assert.False(table.TryGet(November, "so_vu_trom_cap", out _));
    }

    [Fact]
    public void Thirty_six_months_of_every_standard_indicator_hold_one_cell_each_and_at_most_a_year_of_empty_rows()
    {
        var table = new MonthTable();
        for (var month = 0; month < 36; month++)
        {
            foreach (var indicator in IndicatorCatalog.Standard.Definitions)
            {
                table.Set(Period.ForMonth(2023 + (month / 12), (month % 12) + 1), indicator.Code, month);
            }
        }

        Assert.Equal(36 * IndicatorCatalog.Standard.Definitions.Count, table.Cells.Length);
        Assert.Equal(36 * IndicatorCatalog.Standard.Definitions.Count, table.All().Count());
    }

    [Fact]
    public void A_table_rebuilt_from_its_cells_answers_as_the_original()
    {
        var table = new MonthTable();
        table.Set(December, IndicatorCodes.CriminalCases, 2);
        table.Set(November, "so_vu_trom_cap", 7);

        var rebuilt = MonthTable.FromCells(table.Columns, table.MonthNumbers.ToArray(), table.Cells.ToArray());

        Assert.Equal(table.All(), rebuilt.All());
        Assert.Equal(table.Columns, rebuilt.Columns);
    }

    [Fact]
    public void Stored_cells_that_do_not_fit_their_months_and_columns_are_refused()
    {
        var columns = IndicatorCatalog.Standard.Definitions.Select(d => d.Code).ToArray();

        Assert.Throws<ArgumentException>(() => MonthTable.FromCells(columns, [MonthTable.MonthNumber(November)], new long[columns.Length - 1]));
        Assert.Throws<ArgumentException>(() => MonthTable.FromCells(columns,
            [MonthTable.MonthNumber(December), MonthTable.MonthNumber(November)], new long[columns.Length * 2]));
    }

    [Fact]
    public void The_empty_marker_cannot_be_stored_as_a_value() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonthTable().Set(November, IndicatorCodes.CriminalCases, MonthTable.Absent));
}

using ChuyenHoa.Indicators;

namespace ChuyenHoa.Grains.Conversion;

/// <summary>A <see cref="MonthTable"/> as grain state stores it: its columns, its months and its cells, as arrays.</summary>
[GenerateSerializer, Alias("ChuyenHoa.Grains.StoredMonthTable")]
public struct StoredMonthTable
{
    [Id(0)] public string[] Columns;
    [Id(1)] public int[] Months;
    [Id(2)] public long[] Cells;
}

/// <summary>Lets grain state hold the domain's <see cref="MonthTable"/> itself: Orleans stores it as a <see cref="StoredMonthTable"/>.</summary>
[RegisterConverter]
public sealed class MonthTableConverter : IConverter<MonthTable, StoredMonthTable>
{
    public MonthTable ConvertFromSurrogate(in StoredMonthTable surrogate) =>
        MonthTable.FromCells(surrogate.Columns ?? [], surrogate.Months ?? [], surrogate.Cells ?? []);

    public StoredMonthTable ConvertToSurrogate(in MonthTable value) => new()
    {
        Columns = [.. value.Columns],
        Months = value.MonthNumbers.ToArray(),
        Cells = value.Cells.ToArray(),
    };
}

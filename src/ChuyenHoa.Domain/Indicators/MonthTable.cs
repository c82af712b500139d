using ChuyenHoa.Periods;

namespace ChuyenHoa.Indicators;

/// <summary>
/// A unit's monthly values in one flat array: a row per month, earliest first, and a column per indicator. About 8 bytes a
/// value, where a dictionary per month costs several times that: what a unit holds in memory decides how many units a
/// silo keeps active. Columns are the standard catalog's, then any other code in the order it first came.
/// </summary>
public sealed class MonthTable
{
    /// <summary>How an empty cell is stored: no count or total reaches it.</summary>
    public const long Absent = long.MinValue;

    /// <summary>Rows added at a time: a year of reports grows the table once, and never leaves more than eleven empty rows.</summary>
    private const int RowsPerGrowth = 12;

    private static readonly string[] StandardColumns = [.. IndicatorCatalog.Standard.Definitions.Select(d => d.Code)];

    private string[] _columns;
    private int[] _months;
    private long[] _values;
    private int _rows;

    public MonthTable()
    {
        _columns = StandardColumns;
        _months = [];
        _values = [];
    }

    private MonthTable(string[] columns, int[] months, long[] values)
    {
        _columns = columns;
        _months = months;
        _values = values;
        _rows = months.Length;
    }

    /// <summary>The indicator of each column.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>The month of each row, as <see cref="MonthNumber"/>, ascending.</summary>
    public ReadOnlySpan<int> MonthNumbers => _months.AsSpan(0, _rows);

    /// <summary>Every cell, row by row; <see cref="Absent"/> where nothing is held.</summary>
    public ReadOnlySpan<long> Cells => _values.AsSpan(0, _rows * _columns.Length);

    /// <summary>
    /// A table of stored columns, months and cells (as <see cref="Columns"/>, <see cref="MonthNumbers"/> and <see cref="Cells"/>
    /// give them). Columns equal to the standard ones share their array, so that a thousand units do not hold a thousand copies.
    /// </summary>
    /// <exception cref="ArgumentException">The cells are not a row of every column for every month, or the months are not ascending.</exception>
    public static MonthTable FromCells(IReadOnlyList<string> columns, int[] months, long[] cells)
    {
        if (cells.Length != months.Length * columns.Count)
        {
            throw new ArgumentException($"{cells.Length} cells for {months.Length} months of {columns.Count} indicators.", nameof(cells));
        }

        for (var i = 1; i < months.Length; i++)
        {
            if (months[i] <= months[i - 1])
            {
                throw new ArgumentException("Months must be ascending and distinct.", nameof(months));
            }
        }

        string[] shared = columns.SequenceEqual(StandardColumns, StringComparer.Ordinal)
            ? StandardColumns
            : [.. columns.Select(c => IndicatorCatalog.Standard.Find(c)?.Code ?? c)];
        return new MonthTable(shared, months, cells);
    }

    /// <summary>A month as one number (<c>year × 12 + month − 1</c>), in the order of months.</summary>
    public static int MonthNumber(Period month) => (month.Year * 12) + month.FirstMonth - 1;

    public static Period MonthOf(int monthNumber) => Period.ForMonth(monthNumber / 12, (monthNumber % 12) + 1);

    public bool TryGet(Period month, string indicator, out long value)
    {
        var row = Array.BinarySearch(_months, 0, _rows, MonthNumber(month));
        var column = Array.IndexOf(_columns, indicator);
        value = row >= 0 && column >= 0 ? _values[(row * _columns.Length) + column] : Absent;
        return value != Absent;
    }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is <see cref="Absent"/>.</exception>
    public void Set(Period month, string indicator, long value)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(value, Absent);
        var column = Array.IndexOf(_columns, indicator);
        if (column < 0)
        {
            column = AddColumn(indicator);
        }

        var number = MonthNumber(month);
        var row = Array.BinarySearch(_months, 0, _rows, number);
        if (row < 0)
        {
            row = InsertRow(~row, number);
        }

        _values[(row * _columns.Length) + column] = value;
    }

    /// <summary>The values held for one month, by indicator.</summary>
    public IReadOnlyDictionary<string, long> ValuesOf(Period month)
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        var row = Array.BinarySearch(_months, 0, _rows, MonthNumber(month));
        for (var column = 0; row >= 0 && column < _columns.Length; column++)
        {
            if (_values[(row * _columns.Length) + column] is var value and not Absent)
            {
                values[_columns[column]] = value;
            }
        }

        return values;
    }

    /// <summary>One indicator's value in every month that has it.</summary>
    public Dictionary<Period, long> Series(string indicator)
    {
        var series = new Dictionary<Period, long>(_rows);
        var column = Array.IndexOf(_columns, indicator);
        for (var row = 0; column >= 0 && row < _rows; row++)
        {
            if (_values[(row * _columns.Length) + column] is var value and not Absent)
            {
                series[MonthOf(_months[row])] = value;
            }
        }

        return series;
    }

    /// <summary>Every value held, month by month, in column order.</summary>
    public IEnumerable<(Period Month, string Indicator, long Value)> All()
    {
        for (var row = 0; row < _rows; row++)
        {
            for (var column = 0; column < _columns.Length; column++)
            {
                if (_values[(row * _columns.Length) + column] is var value and not Absent)
                {
                    yield return (MonthOf(_months[row]), _columns[column], value);
                }
            }
        }
    }

    private int AddColumn(string indicator)
    {
        var width = _columns.Length;
        var values = new long[_months.Length * (width + 1)];
        for (var row = 0; row < _months.Length; row++)
        {
            Array.Copy(_values, row * width, values, row * (width + 1), width);
            values[(row * (width + 1)) + width] = Absent;
        }

        _columns = [.. _columns, indicator];
        _values = values;
        return width;
    }

    private int InsertRow(int row, int monthNumber)
    {
        var width = _columns.Length;
        if (_rows == _months.Length)
        {
            Array.Resize(ref _months, _rows + RowsPerGrowth);
            Array.Resize(ref _values, (_rows + RowsPerGrowth) * width);
        }

        Array.Copy(_months, row, _months, row + 1, _rows - row);
        Array.Copy(_values, row * width, _values, (row + 1) * width, (_rows - row) * width);
        _months[row] = monthNumber;
        Array.Fill(_values, Absent, row * width, width);
        _rows++;
        return row;
    }
}

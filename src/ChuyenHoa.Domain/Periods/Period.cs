using System.Diagnostics.CodeAnalysis;
using ChuyenHoa.Errors;

namespace ChuyenHoa.Periods;

/// <summary>
/// A reporting period (kỳ báo cáo): a month "2023-11", a quarter "2023-Q4" or a year "2023".
/// Reports are monthly; quarters and years are derived from the months they cover.
/// </summary>
public readonly record struct Period : IComparable<Period>
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    private Period(PeriodKind kind, int year, int firstMonth)
    {
        Kind = kind;
        Year = year;
        FirstMonth = firstMonth;
    }

    public PeriodKind Kind { get; }

    public int Year { get; }

    /// <summary>The calendar month (1–12) the period starts with; for a month period, its month.</summary>
    public int FirstMonth { get; }

    public int MonthCount => Kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        _ => 12,
    };

    /// <summary>The month periods this period covers, in calendar order.</summary>
    public IReadOnlyList<Period> Months
    {
        get
        {
            var year = Year;
            return Enumerable.Range(FirstMonth, MonthCount).Select(month => new Period(PeriodKind.Month, year, month)).ToArray();
        }
    }

    /// <summary>The same span one year earlier; undefined before <see cref="MinYear"/>.</summary>
    public Period SamePeriodPreviousYear => Year > MinYear
        ? new Period(Kind, Year - 1, FirstMonth)
        : throw new InvalidOperationException($"{this} has no previous year within {MinYear}–{MaxYear}.");

    public Period PreviousMonth => Kind != PeriodKind.Month
        ? throw new InvalidOperationException($"{this} is not a month.")
        : FirstMonth > 1 ? ForMonth(Year, FirstMonth - 1) : ForMonth(Year - 1, 12);

    /// <summary>The quarter of a month (a quarter is its own).</summary>
    public Period ContainingQuarter => Kind != PeriodKind.Year
        ? ForQuarter(Year, ((FirstMonth - 1) / 3) + 1)
        : throw new InvalidOperationException($"{this} is a year, not part of a quarter.");

    public Period ContainingYear => ForYear(Year);

    public static Period ForMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new Period(PeriodKind.Month, CheckYear(year), month);
    }

    public static Period ForQuarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new Period(PeriodKind.Quarter, CheckYear(year), ((quarter - 1) * 3) + 1);
    }

    public static Period ForYear(int year) => new(PeriodKind.Year, CheckYear(year), 1);

    /// <summary>Reads a period as people type it; surrounding spaces and a lower-case "q" are tolerated.</summary>
    public static bool TryParse(string? text, out Period period, [NotNullWhen(false)] out DomainError? error)
    {
        period = default;
        var s = (text ?? string.Empty).Trim();
        if (!TryReadDigits(s, 0, 4, out var year) || s.Length is not (4 or 7))
        {
            error = FormatError(text);
            return false;
        }

        if (year is < MinYear or > MaxYear)
        {
            error = DomainError.Validation($"Kỳ báo cáo \"{text}\" không hợp lệ: năm phải trong khoảng {MinYear}–{MaxYear}.", "period");
            return false;
        }

        if (s.Length == 4)
        {
            period = ForYear(year);
        }
        else if (s[4] == '-' && s[5] is ('Q' or 'q') && TryReadDigits(s, 6, 1, out var quarter) && quarter is >= 1 and <= 4)
        {
            period = ForQuarter(year, quarter);
        }
        else if (s[4] == '-' && TryReadDigits(s, 5, 2, out var month) && month is >= 1 and <= 12)
        {
            period = ForMonth(year, month);
        }
        else
        {
            error = FormatError(text);
            return false;
        }

        error = null;
        return true;
    }

    /// <exception cref="DomainException">VALIDATION_FAILED when <paramref name="text"/> is not a period.</exception>
    public static Period Parse(string? text) =>
        TryParse(text, out var period, out var error) ? period : throw new DomainException(error);

    /// <summary>Whether every month of <paramref name="other"/> lies in this period.</summary>
    public bool Contains(Period other) =>
        other.Year == Year && other.FirstMonth >= FirstMonth && other.FirstMonth + other.MonthCount <= FirstMonth + MonthCount;

    /// <summary>Earlier start first; of two starting together, the shorter first (2023-01, 2023-Q1, 2023).</summary>
    public int CompareTo(Period other)
    {
        var byStart = (Year, FirstMonth).CompareTo((other.Year, other.FirstMonth));
        return byStart != 0 ? byStart : MonthCount.CompareTo(other.MonthCount);
    }

    public override string ToString() => Kind switch
    {
        PeriodKind.Month => $"{Year:D4}-{FirstMonth:D2}",
        PeriodKind.Quarter => $"{Year:D4}-Q{((FirstMonth - 1) / 3) + 1}",
        _ => $"{Year:D4}",
    };

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    private static int CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        return year;
    }

    private static bool TryReadDigits(string s, int start, int count, out int value)
    {
        value = 0;
        if (s.Length < start + count)
        {
            return false;
        }

        foreach (var c in s.AsSpan(start, count))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static DomainError FormatError(string? text) => DomainError.Validation(
        $"Kỳ báo cáo \"{text}\" không hợp lệ: dùng dạng 2023-11 (tháng), 2023-Q4 (quý) hoặc 2023 (năm).", "period");
}

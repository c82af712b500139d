using System.Collections.Frozen;
using ChuyenHoa.Indicators;
using ChuyenHoa.Periods;

namespace ChuyenHoa.DemoData;

/// <summary>A flow's totals over the three spans the demo compares: Jan–Oct 2022, Nov–Dec 2022, Jan–Oct 2023.</summary>
internal readonly record struct FlowTotals(long JanToOct2022, long NovToDec2022, long JanToOct2023);

/// <summary>A stock's level at the end of 2021, of 2022 and of October 2023; the months between move evenly.</summary>
internal readonly record struct StockLevels(long EndOf2021, long EndOf2022, long October2023);

/// <summary>
/// What a demo commune's figures add up to. <paramref name="ManagedPersonsEndOf2021"/> with the
/// added and released flows (which must be in <paramref name="Flows"/>) fixes every month's
/// managed_persons_current, so each report keeps the stock-flow balance.
/// </summary>
internal sealed record DemoProfile(
    string DistrictCode,
    string CommuneCode,
    bool IsDemo,
    long ManagedPersonsEndOf2021,
    IReadOnlyDictionary<string, FlowTotals> Flows,
    IReadOnlyDictionary<string, StockLevels> Stocks);

/// <summary>Monthly reports, January 2022 to October 2023, spread deterministically from a profile's totals.</summary>
internal static class DemoSeries
{
    public static readonly Period LastMonth = Period.ForMonth(2023, 10);

    public static DemoCommune Build(string provinceCode, DemoProfile profile)
    {
        var months = Period.ForYear(2022).Months.Concat(Period.ForYear(2023).Months.Where(m => m <= LastMonth)).ToArray();
        var seed = int.Parse(profile.CommuneCode, System.Globalization.CultureInfo.InvariantCulture);
        var series = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach (var (code, totals) in profile.Flows)
        {
            var salt = seed + code.Sum(c => c);
            series[code] = [.. Spread(totals.JanToOct2022, 10, salt), .. Spread(totals.NovToDec2022, 2, salt), .. Spread(totals.JanToOct2023, 10, salt + 1)];
        }

        foreach (var (code, levels) in profile.Stocks)
        {
            series[code] = months.Select(m => m.Year == 2022
                ? levels.EndOf2021 + ((levels.EndOf2022 - levels.EndOf2021) * m.FirstMonth / 12)
                : levels.EndOf2022 + ((levels.October2023 - levels.EndOf2022) * m.FirstMonth / LastMonth.FirstMonth)).ToArray();
        }

        var added = series[IndicatorCodes.ManagedPersonsAdded];
        var released = series[IndicatorCodes.ManagedPersonsReleased];
        var current = new long[months.Length];
        var balance = profile.ManagedPersonsEndOf2021;
        for (var i = 0; i < months.Length; i++)
        {
            balance += added[i] - released[i];
            current[i] = balance;
        }

        series[IndicatorCodes.ManagedPersonsCurrent] = current;

        var reports = months.Select((month, i) => new IndicatorReport(
            month, series.ToFrozenDictionary(s => s.Key, s => s.Value[i], StringComparer.Ordinal))).ToArray();
        return new DemoCommune(provinceCode, profile.DistrictCode, profile.CommuneCode, profile.IsDemo, reports);
    }

    /// <summary>
    /// <paramref name="total"/> over <paramref name="count"/> months in uneven but fixed shares (weights
    /// 1–5 chosen by <paramref name="salt"/>), rounded so the months add up to the total exactly.
    /// </summary>
    private static long[] Spread(long total, int count, int salt)
    {
        var weights = Enumerable.Range(0, count).Select(i => 1 + (((i * 7) + salt) % 5)).ToArray();
        var weightSum = weights.Sum();
        var shares = weights.Select(w => total * w / weightSum).ToArray();
        var leftOver = total - shares.Sum();
        var byRemainder = Enumerable.Range(0, count).OrderByDescending(i => total * weights[i] % weightSum).ThenBy(i => i);
        foreach (var i in byRemainder.Take((int)leftOver))
        {
            shares[i]++;
        }

        return shares;
    }
}

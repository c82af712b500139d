using System.Globalization;

namespace ChuyenHoa.Periods;

/// <summary>Dates as the API carries them: ISO 8601 calendar dates, "2023-11-17", nothing looser.</summary>
public static class IsoDate
{
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

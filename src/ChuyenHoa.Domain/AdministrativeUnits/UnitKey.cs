using System.Diagnostics.CodeAnalysis;
using ChuyenHoa.Errors;

namespace ChuyenHoa.AdministrativeUnits;

/// <summary>
/// A unit's identity: its edition and its code. Codes are reused with another meaning across editions (new 03703
/// Xã Quỳnh Nhai is not old 03703), so grain keys, global ids and storage carry both, written "2025:03703".
/// A bare code ("03718") is read as the three-level edition: that is how everything was keyed before editions.
/// </summary>
public readonly record struct UnitKey
{
    private const char Separator = ':';

    public UnitKey(DivisionEdition edition, string code)
    {
        ArgumentNullException.ThrowIfNull(edition);
        if (Check(edition, code, code, "code") is { } error)
        {
            throw new DomainException(error);
        }

        Edition = edition;
        Code = code;
    }

    public DivisionEdition Edition { get; }

    /// <summary>The GSO code: 2 digits for a province, 3 for a district, 5 for a commune.</summary>
    public string Code { get; }

    /// <summary>The level the code's length tells.</summary>
    public UnitLevel Level => LevelOf(Code.Length)!.Value;

    /// <summary>
    /// The key under which state of this unit is stored: the bare code for the three-level edition, so that state
    /// written before editions existed (keyed by code alone) is found again; the edition form otherwise.
    /// </summary>
    public string StorageKey => Edition == DivisionEdition.ThreeLevel2024 ? Code : ToString();

    /// <summary>The stable form, "2025:03703"; <see cref="Parse"/> reads it back.</summary>
    public override string ToString() => $"{Edition.Id}{Separator}{Code}";

    /// <summary>Reads "edition:code", or a bare code of the three-level edition; <paramref name="field"/> names the input in the error.</summary>
    public static bool TryParse(string? text, out UnitKey key, [NotNullWhen(false)] out DomainError? error, string field = "code")
    {
        key = default;
        if (string.IsNullOrEmpty(text))
        {
            error = DomainError.Validation($"Thiếu mã đơn vị hành chính ({field}): dùng dạng 2025:03703, hoặc mã 5 chữ số của xã theo danh mục ba cấp.", field);
            return false;
        }

        var separator = text.IndexOf(Separator);
        var editionId = separator < 0 ? DivisionEdition.ThreeLevel2024.Id : text[..separator];
        var code = text[(separator + 1)..];
        if (DivisionEdition.Find(editionId) is not { } edition)
        {
            error = DomainError.Validation(
                $"Mã \"{text}\" không hợp lệ: không có danh mục đơn vị hành chính \"{editionId}\" (có {string.Join(", ", DivisionEdition.All.Select(e => e.Id))}).", field);
            return false;
        }

        error = Check(edition, code, text, field);
        if (error is not null)
        {
            return false;
        }

        key = new UnitKey(edition, code);
        return true;
    }

    /// <summary>The key of <paramref name="code"/> in <paramref name="edition"/>; null when no unit of that edition can have that code.</summary>
    public static UnitKey? Of(DivisionEdition edition, string? code) =>
        Check(edition, code, code, "code") is null ? new UnitKey(edition, code!) : null;

    /// <exception cref="DomainException">VALIDATION_FAILED when <paramref name="text"/> is not a unit key.</exception>
    public static UnitKey Parse(string? text, string field = "code") =>
        TryParse(text, out var key, out var error, field) ? key : throw new DomainException(error);

    private static UnitLevel? LevelOf(int length) => length switch
    {
        2 => UnitLevel.Province,
        3 => UnitLevel.District,
        5 => UnitLevel.Commune,
        _ => null,
    };

    private static DomainError? Check(DivisionEdition edition, string? code, string? text, string field)
    {
        if (code is null || !code.All(char.IsAsciiDigit) || LevelOf(code.Length) is not { } level)
        {
            return DomainError.Validation(
                $"Mã \"{text}\" không hợp lệ: mã đơn vị gồm chữ số (tỉnh 2 chữ số, huyện 3, xã 5), có thể kèm danh mục phía trước như 2025:03703.", field);
        }

        return edition.Levels.Contains(level)
            ? null
            : DomainError.Validation($"Mã \"{text}\" không hợp lệ: danh mục {edition.Id} ({edition.Description}) không có đơn vị mã {code.Length} chữ số.", field);
    }
}

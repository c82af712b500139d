using ChuyenHoa.Errors;

namespace ChuyenHoa.Plans;

/// <summary>What makes a designated commune complex; one commune may have several types (e.g. 1, 3 and 4). Numbered as provinces number them.</summary>
public enum DesignationKind
{
    SocialOrder = 1,
    Economic = 2,
    Environment = 3,
    Drugs = 4,
}

public static class DesignationKinds
{
    /// <summary>A designation's types: those given, once each and in order, or the track's default when none are.</summary>
    public static Result<IReadOnlyList<DesignationKind>> Check(ProgrammeTrack track, IReadOnlyList<DesignationKind> given, string field)
    {
        if (given.Where(t => !Enum.IsDefined(t)).Select(t => (int?)t).FirstOrDefault() is { } unknown)
        {
            return Result<IReadOnlyList<DesignationKind>>.Failure([DomainError.Validation($"Loại địa bàn {unknown} không có: dùng loại 1 đến 4.", field)]);
        }

        return Result<IReadOnlyList<DesignationKind>>.Success(given.Count == 0 ? [ProgrammeTracks.DefaultTypeOf(track)] : [.. given.Distinct().Order()]);
    }

    public static string NameOf(DesignationKind type) => type switch
    {
        DesignationKind.SocialOrder => "Loại 1: phức tạp về trật tự xã hội",
        DesignationKind.Economic => "Loại 2: phức tạp về kinh tế",
        DesignationKind.Environment => "Loại 3: phức tạp về môi trường",
        DesignationKind.Drugs => "Loại 4: phức tạp về ma túy",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}

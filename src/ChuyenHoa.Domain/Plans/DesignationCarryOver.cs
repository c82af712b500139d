using ChuyenHoa.AdministrativeUnits;

namespace ChuyenHoa.Plans;

/// <summary>
/// A commune of the next edition that takes over designations of a plan adopted on the previous one, from the day the next
/// edition comes into force (Xã Quỳnh Nhai, 2025:03703, from 1 July 2025 for a plan of 2025 naming old 03718).
/// </summary>
/// <param name="CommuneCode">The successor's code in <paramref name="Edition"/>.</param>
/// <param name="Edition">The edition the successor belongs to.</param>
/// <param name="From">The first day the successor is designated.</param>
/// <param name="CarriedFrom">The designated old communes that went into it, with how much of each did.</param>
public sealed record CarriedDesignation(string CommuneCode, DivisionEdition Edition, DateOnly From, IReadOnlyList<UnitLink> CarriedFrom)
{
    /// <summary>
    /// Whether the province must confirm the designation: only part of a designated old commune went into this one, so the
    /// successor may not be where the problems were.
    /// </summary>
    public bool NeedsConfirmation => CarriedFrom.Any(link => link.Coverage == UnitCoverage.Partial);
}

/// <summary>How a plan whose year straddles a change of edition carries its designations over to the new units.</summary>
public static class DesignationCarryOver
{
    /// <summary>
    /// The successors that take over the designations of <paramref name="designatedCodes"/> (communes of
    /// <paramref name="planEdition"/>, still designated on the day the next edition comes into force), in code order; empty
    /// when the plan's edition is in force for the whole of <paramref name="year"/>.
    /// </summary>
    public static IReadOnlyList<CarriedDesignation> Of(DivisionEdition planEdition, int year, IEnumerable<string> designatedCodes)
    {
        var mapping = EditionMapping.From2024To2025;
        if (planEdition != mapping.From || CutOverIn(year) is not { } from)
        {
            return [];
        }

        return designatedCodes
            .SelectMany(old => mapping.SuccessorsOf(old).Select(successor => (successor.Code, Link: new UnitLink(old, successor.Coverage))))
            .GroupBy(s => s.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CarriedDesignation(g.Key, mapping.To, from, [.. g.Select(s => s.Link).OrderBy(l => l.Code, StringComparer.Ordinal)]))
            .ToArray();
    }

    /// <summary>The day within <paramref name="year"/> the two-level edition came into force; null for other years.</summary>
    public static DateOnly? CutOverIn(int year) =>
        EditionMapping.From2024To2025.To.ValidFrom is var from && from.Year == year && from.DayOfYear > 1 ? from : null;
}

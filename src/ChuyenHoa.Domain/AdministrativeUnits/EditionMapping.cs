using System.Collections.Frozen;

namespace ChuyenHoa.AdministrativeUnits;

/// <summary>
/// Which units of one edition became which units of the next, from the GSO mapping shipped in Data/
/// (one row per old commune and new commune it went into, <c>full</c> or <c>partial</c>). Provinces are
/// derived from their communes. Immutable and safe to share between threads.
/// </summary>
public sealed class EditionMapping
{
    private static readonly Lazy<EditionMapping> ThreeLevelToTwoLevel = new(Load2024To2025);

    private readonly FrozenDictionary<string, UnitLink[]> _predecessors;
    private readonly FrozenDictionary<string, UnitLink[]> _successors;

    private EditionMapping(DivisionEdition from, DivisionEdition to, IReadOnlyList<(string Old, string New, UnitCoverage Coverage)> communeRows)
    {
        From = from;
        To = to;
        CommuneRowCount = communeRows.Count;
        var oldUnits = AdministrativeUnitCatalog.For(from);
        var newUnits = AdministrativeUnitCatalog.For(to);
        var provinceRows = communeRows
            .Select(r => (Old: ProvinceOf(oldUnits, r.Old), New: ProvinceOf(newUnits, r.New)))
            .Distinct()
            .ToArray();
        // An old province is a full predecessor when every commune of it went into the one new province.
        var provincesSplit = provinceRows.CountBy(r => r.Old).Where(c => c.Value > 1).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var rows = communeRows
            .Concat(provinceRows.Select(r => (r.Old, r.New, Coverage: provincesSplit.Contains(r.Old) ? UnitCoverage.Partial : UnitCoverage.Full)))
            .ToArray();
        _predecessors = Index(rows, r => r.New, r => new UnitLink(r.Old, r.Coverage));
        _successors = Index(rows, r => r.Old, r => new UnitLink(r.New, r.Coverage));
    }

    /// <summary>The edition of the old units (predecessors).</summary>
    public DivisionEdition From { get; }

    /// <summary>The edition of the new units (successors).</summary>
    public DivisionEdition To { get; }

    /// <summary>The rows of the commune mapping (old commune, new commune).</summary>
    public int CommuneRowCount { get; }

    /// <summary>The GSO mapping from the three-level units (until 30 Jun 2025) to the two-level units (from 1 Jul 2025).</summary>
    public static EditionMapping From2024To2025 => ThreeLevelToTwoLevel.Value;

    /// <summary>
    /// The units of <see cref="From"/> that went, wholly or in part, into the province or commune <paramref name="newCode"/> of
    /// <see cref="To"/>, in code order. Empty for the five đặc khu made of whole island districts that had no communes
    /// (11948, 19742, 20333, 21548, 26732; see Data/SOURCE.md).
    /// </summary>
    /// <exception cref="AdministrativeUnitNotFoundException">The code is not a unit of <see cref="To"/>.</exception>
    public IReadOnlyList<UnitLink> PredecessorsOf(string newCode)
    {
        AdministrativeUnitCatalog.For(To).Get(newCode);
        return _predecessors.GetValueOrDefault(newCode) ?? [];
    }

    /// <summary>
    /// The units of <see cref="To"/> that the province or commune <paramref name="oldCode"/> of <see cref="From"/> went into, in code
    /// order: one for an old unit that went whole, several for one that was split. Empty for a district and the island districts.
    /// </summary>
    /// <exception cref="AdministrativeUnitNotFoundException">The code is not a unit of <see cref="From"/>.</exception>
    public IReadOnlyList<UnitLink> SuccessorsOf(string oldCode)
    {
        AdministrativeUnitCatalog.For(From).Get(oldCode);
        return _successors.GetValueOrDefault(oldCode) ?? [];
    }

    private static string ProvinceOf(AdministrativeUnitCatalog catalog, string communeCode)
    {
        var unit = catalog.Get(communeCode);
        while (unit.ParentCode is { } parent)
        {
            unit = catalog.Get(parent);
        }

        return unit.Code;
    }

    private static FrozenDictionary<string, UnitLink[]> Index<T>(IEnumerable<T> rows, Func<T, string> key, Func<T, UnitLink> link) =>
        rows.GroupBy(key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(link).OrderBy(l => l.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    private static EditionMapping Load2024To2025()
    {
        const string file = "vn-admin-units-2024-to-2025-mapping.csv";
        var rows = AdministrativeUnitCatalog.ReadRows(file)
            .Select(row => (row["old_commune_code"], row["new_commune_code"], row["coverage"] switch
            {
                "full" => UnitCoverage.Full,
                "partial" => UnitCoverage.Partial,
                var other => throw new InvalidDataException($"{file}: unknown coverage \"{other}\"."),
            }))
            .ToArray();
        return new EditionMapping(DivisionEdition.ThreeLevel2024, DivisionEdition.TwoLevel2025, rows);
    }
}

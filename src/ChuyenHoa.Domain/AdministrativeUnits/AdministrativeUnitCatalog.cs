using System.Collections.Frozen;
using System.Reflection;
using System.Text;

namespace ChuyenHoa.AdministrativeUnits;

/// <summary>
/// The official GSO units of one edition, read from the CSV files embedded in this assembly
/// (see Data/SOURCE.md for provenance). Immutable and safe to share between threads.
/// </summary>
public sealed class AdministrativeUnitCatalog
{
    private static readonly Lazy<AdministrativeUnitCatalog> ThreeLevel = new(LoadThreeLevel2024);
    private static readonly Lazy<AdministrativeUnitCatalog> TwoLevel = new(LoadTwoLevel2025);

    private readonly FrozenDictionary<string, AdministrativeUnit> _units;
    private readonly FrozenDictionary<string, string[]> _children;

    private AdministrativeUnitCatalog(DivisionEdition edition, IEnumerable<AdministrativeUnit> units)
    {
        Edition = edition;
        _units = units.ToFrozenDictionary(u => u.Code, StringComparer.Ordinal);
        _children = _units.Values
            .Where(u => u.ParentCode is not null)
            .GroupBy(u => u.ParentCode!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(u => u.Code).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        Provinces = _units.Values.Where(u => u.Level == UnitLevel.Province).OrderBy(u => u.Code, StringComparer.Ordinal).ToArray();
    }

    public DivisionEdition Edition { get; }

    public IReadOnlyList<AdministrativeUnit> Provinces { get; }

    public int Count => _units.Count;

    public static AdministrativeUnitCatalog For(DivisionEdition edition) => edition.Id switch
    {
        "2024" => ThreeLevel.Value,
        "2025" => TwoLevel.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition.Id, "Unknown division edition."),
    };

    public AdministrativeUnit? Find(string code) => _units.GetValueOrDefault(code);

    public AdministrativeUnit Get(string code) =>
        Find(code) ?? throw new AdministrativeUnitNotFoundException(code, Edition.Id);

    /// <summary>The codes of the direct children of a unit, in code order.</summary>
    public IReadOnlyList<string> ChildrenOf(string code) => _children.GetValueOrDefault(code) ?? [];

    /// <summary>A province and every unit below it, parents before children.</summary>
    public IReadOnlyList<AdministrativeUnit> Subtree(string provinceCode)
    {
        var province = Get(provinceCode);
        if (province.Level != UnitLevel.Province)
        {
            throw new AdministrativeUnitNotFoundException(provinceCode, Edition.Id);
        }

        var result = new List<AdministrativeUnit>();
        var pending = new Queue<AdministrativeUnit>([province]);
        while (pending.TryDequeue(out var unit))
        {
            result.Add(unit);
            foreach (var child in ChildrenOf(unit.Code))
            {
                pending.Enqueue(_units[child]);
            }
        }

        return result;
    }

    private static AdministrativeUnitCatalog LoadThreeLevel2024()
    {
        var units = new Dictionary<string, AdministrativeUnit>(StringComparer.Ordinal);
        foreach (var row in ReadRows("vn-admin-units-2024-districts.csv"))
        {
            units.TryAdd(row["province_code"], new(row["province_code"], row["province_name"], row["province_level"], UnitLevel.Province, null));
            units.Add(row["district_code"], new(row["district_code"], row["district_name"], row["district_level"], UnitLevel.District, row["province_code"]));
        }

        foreach (var row in ReadRows("vn-admin-units-2024.csv"))
        {
            units.Add(row["commune_code"], new(row["commune_code"], row["commune_name"], row["commune_level"], UnitLevel.Commune, row["district_code"]));
        }

        return new AdministrativeUnitCatalog(DivisionEdition.ThreeLevel2024, units.Values);
    }

    private static AdministrativeUnitCatalog LoadTwoLevel2025()
    {
        // The 2025 file has no province level word; every 2025 province kept the code of one of the
        // 2024 provinces merged into it, and the six centrally run cities were cities already then.
        var previous = ThreeLevel.Value;
        var units = new Dictionary<string, AdministrativeUnit>(StringComparer.Ordinal);
        foreach (var row in ReadRows("vn-admin-units-2025.csv"))
        {
            var provinceCode = row["province_code"];
            units.TryAdd(provinceCode, new(provinceCode, row["province_name"], previous.Find(provinceCode)?.Kind ?? "Tỉnh", UnitLevel.Province, null));
            units.Add(row["commune_code"], new(row["commune_code"], row["commune_name"], row["commune_level"], UnitLevel.Commune, provinceCode));
        }

        return new AdministrativeUnitCatalog(DivisionEdition.TwoLevel2025, units.Values);
    }

    /// <summary>The rows of an embedded CSV of Data/, each as column name → cell.</summary>
    internal static IEnumerable<IReadOnlyDictionary<string, string>> ReadRows(string fileName)
    {
        var resource = $"ChuyenHoa.AdministrativeUnits.{fileName}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // The shipped files are plain CSV without quoting (checked in SOURCE.md), so a split is exact.
        var header = reader.ReadLine()?.Split(',') ?? throw new InvalidDataException($"{fileName} is empty.");
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var cells = line.Split(',');
            if (cells.Length != header.Length)
            {
                throw new InvalidDataException($"{fileName}: expected {header.Length} cells in \"{line}\".");
            }

            yield return header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }
    }
}

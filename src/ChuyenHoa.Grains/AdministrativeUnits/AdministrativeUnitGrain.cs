using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts;
using ChuyenHoa.Contracts.AdministrativeUnits;

namespace ChuyenHoa.Grains.AdministrativeUnits;

public sealed class AdministrativeUnitGrain(
    [PersistentState("unit", StorageNames.Units)] IPersistentState<AdministrativeUnitGrain.State> state,
    IGrainFactory grains) : Grain, IAdministrativeUnitGrain
{
    private readonly MappedRecord<StoredUnit, UnitInfo> _info = new(u => u.ToInfo());

    public Task<UnitInfo?> GetAsync() => Task.FromResult(_info.Of(state.State.Unit));

    public async Task<IReadOnlyList<UnitInfo>> GetChildrenAsync()
    {
        if (state.State.Unit is not { } unit)
        {
            return [];
        }

        var info = _info.Of(unit)!;
        var children = await Task.WhenAll(unit.ChildCodes.Select(code => grains.GetGrain<IAdministrativeUnitGrain>(info.KeyOf(code).StorageKey).GetAsync()));
        return children.OfType<UnitInfo>().ToArray();
    }

    public async Task<bool> DefineAsync(UnitInfo unit)
    {
        var key = UnitKey.Parse(this.GetPrimaryKeyString());
        if (unit.Code != key.Code)
        {
            throw new ArgumentException($"Unit {unit.Code} sent to the grain of {key}.", nameof(unit));
        }

        var current = _info.Of(state.State.Unit);
        if (current is not null && current.SameAs(unit))
        {
            return false;
        }

        if (current is not null && OverwriteRefusal(current, unit) is { } refusal)
        {
            // Codes are reused across editions: redefining would hand one province's unit, with its reports, to another.
            throw new TenantOnboardingException(refusal);
        }

        if (unit.EditionId != key.Edition.Id)
        {
            throw new TenantOnboardingException(
                $"{unit.FullName} (mã {unit.Code}) thuộc danh mục {unit.EditionId}, không ghi được vào đơn vị mã {key.Code} của danh mục {key.Edition.Id}.");
        }

        state.State.Unit = StoredUnit.From(unit);
        await state.WriteStateAsync();
        return true;
    }

    /// <summary>Why <paramref name="current"/> may not become <paramref name="unit"/>: it belongs to another province or edition.</summary>
    public static string? OverwriteRefusal(UnitInfo current, UnitInfo unit) =>
        current.ProvinceCode == unit.ProvinceCode && current.EditionId == unit.EditionId
            ? null
            : $"Mã {current.Code} đã là {current.FullName} của tỉnh mã {current.ProvinceCode} theo danh mục {current.EditionId}; "
                + $"danh mục {unit.EditionId} dùng mã này cho {unit.FullName} của tỉnh mã {unit.ProvinceCode}.";

    [GenerateSerializer, Alias("ChuyenHoa.AdministrativeUnitGrain.State")]
    public sealed class State
    {
        [Id(0)] public StoredUnit? Unit { get; set; }
    }
}

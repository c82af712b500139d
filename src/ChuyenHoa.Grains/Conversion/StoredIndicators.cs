using ChuyenHoa.Contracts.Conversion;

namespace ChuyenHoa.Grains.Conversion;

/// <summary>
/// One change of one value of a commune, as its history stores it. Its field ids and types are those of
/// <see cref="ReportRevision"/>, which was stored in its place up to 45cb814 (as the elements of a list, whose element
/// type is not written), so that state loads as this record.
/// </summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredRevision")]
public sealed record StoredRevision(
    [property: Id(0)] long Version,
    [property: Id(1)] string Period,
    [property: Id(2)] string Indicator,
    [property: Id(3)] long? OldValue,
    [property: Id(4)] long NewValue,
    [property: Id(5)] string ActorId,
    [property: Id(6)] string ActorName,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] string? Note)
{
    public ReportRevision ToInfo() => new(Version, Period, Indicator, OldValue, NewValue, ActorId, ActorName, At, Note);
}

/// <summary>One of a unit's own changes, kept until its parent has applied it.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredChange")]
public sealed record StoredChange([property: Id(0)] long Version, [property: Id(1)] StoredDelta[] Deltas)
{
    public static StoredChange From(UnitChange change) => new(change.Version, [.. change.Deltas.Select(StoredDelta.From)]);

    /// <summary>This change and a later one of the same unit as one: each value from its first old value to its last new one.</summary>
    public StoredChange FollowedBy(IEnumerable<ValueDelta> later)
    {
        var deltas = Deltas.ToList();
        foreach (var delta in later)
        {
            var same = deltas.FindIndex(d => d.Month == delta.Month && d.Indicator == delta.Indicator);
            if (same < 0)
            {
                deltas.Add(StoredDelta.From(delta));
            }
            else
            {
                deltas[same] = deltas[same] with { NewValue = delta.NewValue };
            }
        }

        return this with { Deltas = [.. deltas] };
    }

    /// <summary>The change as its parent receives it.</summary>
    public UnitChange ToMessage(string childCode) => new(childCode, Version, [.. Deltas.Select(d => d.ToInfo())]);
}

/// <summary>One monthly value before and after a change.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.Grains.StoredDelta")]
public sealed record StoredDelta([property: Id(0)] string Month, [property: Id(1)] string Indicator, [property: Id(2)] long? OldValue, [property: Id(3)] long NewValue)
{
    public static StoredDelta From(ValueDelta delta) => new(delta.Month, delta.Indicator, delta.OldValue, delta.NewValue);

    public ValueDelta ToInfo() => new(Month, Indicator, OldValue, NewValue);
}

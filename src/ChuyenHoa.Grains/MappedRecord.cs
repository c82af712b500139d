namespace ChuyenHoa.Grains;

/// <summary>
/// The API's record of a grain's stored record, mapped once per change of it: readers between two changes get the same
/// (immutable) instance, as they did when the state held the API's record, and no read pays for the mapping again.
/// </summary>
public sealed class MappedRecord<TStored, TInfo>(Func<TStored, TInfo> map)
    where TStored : class
    where TInfo : class
{
    private (TStored Stored, TInfo Info)? _last;

    public TInfo? Of(TStored? stored)
    {
        if (stored is null)
        {
            return null;
        }

        if (_last is not { } last || !ReferenceEquals(last.Stored, stored))
        {
            _last = last = (stored, map(stored));
        }

        return last.Info;
    }
}

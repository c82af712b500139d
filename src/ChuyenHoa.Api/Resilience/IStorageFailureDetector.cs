namespace ChuyenHoa.Api.Resilience;

/// <summary>Tells a failure of the storage account from other failures; the host knows which storage it uses.</summary>
public interface IStorageFailureDetector
{
    bool IsStorageFailure(Exception exception);
}

using ChuyenHoa.Errors;
using GraphQL;
using Orleans.Runtime;

namespace ChuyenHoa.Api.Resilience;

/// <summary>Turns an exception from a grain call into an error a client can act on, when the cause is an outage.</summary>
public sealed class UnavailableErrors(IStorageFailureDetector storage)
{
    public const string StorageMessage =
        "Kho dữ liệu tạm thời không truy cập được nên yêu cầu chưa được thực hiện trọn vẹn. Hãy thử lại sau ít phút; "
        + "gửi lại với cùng clientMutationId sẽ không tạo bản ghi trùng.";

    public const string ServiceMessage =
        "Hệ thống đang chuyển việc sang máy chủ khác và chưa trả lời kịp. Hãy thử lại sau ít giây; "
        + "gửi lại với cùng clientMutationId sẽ không tạo bản ghi trùng.";

    /// <summary>The error to report instead of <paramref name="exception"/>, or null when it is not an outage.</summary>
    public ExecutionError? Classify(Exception exception)
    {
        var causes = Causes(exception).ToList();
        if (causes.Any(storage.IsStorageFailure))
        {
            return new ExecutionError(StorageMessage) { Code = ErrorCodes.StorageUnavailable };
        }

        return causes.Any(c => c is TimeoutException or SiloUnavailableException or OrleansMessageRejectionException)
            ? new ExecutionError(ServiceMessage) { Code = ErrorCodes.ServiceUnavailable }
            : null;
    }

    /// <summary>Whether every error of a response without data is an outage: then the whole request may be retried.</summary>
    public static bool AllUnavailable(IEnumerable<ExecutionError> errors) =>
        errors.All(e => e.Code is ErrorCodes.StorageUnavailable or ErrorCodes.ServiceUnavailable);

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var current))
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}

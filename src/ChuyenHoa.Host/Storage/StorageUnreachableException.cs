using ChuyenHoa.Host.Hosting;

namespace ChuyenHoa.Host.Storage;

public sealed class StorageUnreachableException(Uri endpoint, string reason, Exception? inner = null)
    : StartupException(
        $"Không kết nối được kho lưu trữ Azure Storage tại {endpoint}: {reason}. " +
        "Kiểm tra ChuyenHoa:Storage:ConnectionString, hoặc TableServiceUri/BlobServiceUri và quyền của danh tính được quản lý (tài khoản có đang chạy và mở cổng không); khi phát triển, để trống để dùng Azurite đi kèm.",
        inner)
{
    public Uri Endpoint { get; } = endpoint;
}

namespace ChuyenHoa.Host.Hosting;

/// <summary>A start-up failure a person can fix; the host prints its message alone, without a stack trace.</summary>
public class StartupException(string message, Exception? inner = null) : Exception(message, inner);

namespace ChuyenHoa.Errors;

/// <summary>The stable error codes of the API contract; clients branch on these, never on messages.</summary>
public static class ErrorCodes
{
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string Conflict = "CONFLICT";
    public const string NotFound = "NOT_FOUND";
    public const string InvalidState = "INVALID_STATE";
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The storage account did not answer; nothing was half-written, and a retry with the same key lands once.</summary>
    public const string StorageUnavailable = "STORAGE_UNAVAILABLE";

    /// <summary>The cluster could not serve the call in time (a silo failed or is being replaced); retry.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";

    /// <summary>Too many mutations, or too costly queries, from one caller; retry after the time the response names.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>A GraphQL document over one of the size limits (tokens, fields, aliases, fragments, nesting), refused before validation.</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
}

namespace ChuyenHoa.Errors;

/// <summary>The stable error codes of the API contract; clients branch on these, never on messages.</summary>
public static class ErrorCodes
{
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string Conflict = "CONFLICT";
    public const string NotFound = "NOT_FOUND";
    public const string InvalidState = "INVALID_STATE";
    public const string Forbidden = "FORBIDDEN";
}

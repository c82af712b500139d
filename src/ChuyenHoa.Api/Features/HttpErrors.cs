using ChuyenHoa.Errors;
using Microsoft.AspNetCore.Http;

namespace ChuyenHoa.Api.Features;

/// <summary>
/// The error answers of the plain HTTP endpoints (exports, report imports), in the shape of the API's UserError, so that a
/// client reads one kind of error everywhere: <c>{ code, message, field }</c>.
/// </summary>
internal static class HttpErrors
{
    public static IResult BadRequest(string message, string? field) => Error(StatusCodes.Status400BadRequest, message, field, ErrorCodes.ValidationFailed);

    public static IResult Error(int status, string message, string? field, string code) => Results.Json(new { code, message, field }, statusCode: status);

    public static IResult NotFound(string message) => Error(StatusCodes.Status404NotFound, message, null, ErrorCodes.NotFound);
}

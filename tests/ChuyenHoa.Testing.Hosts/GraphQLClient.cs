using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChuyenHoa.Testing;

/// <summary>A plain HTTP client of the GraphQL endpoint, as any client would be: JSON in, JSON out.</summary>
public sealed class GraphQLClient(Uri baseAddress, string? token) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress };

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? operationName = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request)
    {
        if (token is not null && request.Headers.Authorization is null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value)));
    }

    public void Dispose() => _http.Dispose();
}

public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("Empty body.");

    public JsonNode? Data => Json["data"];

    public JsonArray? Errors => Json["errors"] as JsonArray;

    /// <summary>Fails with the body when the response is not a clean success.</summary>
    public JsonNode EnsureData()
    {
        if (Status != HttpStatusCode.OK || Errors is { Count: > 0 } || Data is null)
        {
            throw new InvalidOperationException($"GraphQL request failed ({(int)Status}): {Body}");
        }

        return Data;
    }
}

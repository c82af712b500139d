using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>Runs the API's persisted documents by hash alone, as the dashboard does.</summary>
public static class PersistedDocuments
{
    public static async Task<JsonNode> RunAsync(GraphQLClient client, string name, object variables) =>
        (await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { documentId = DocumentPreparation.PersistedDocumentId(name), variables }),
        })).EnsureData();
}

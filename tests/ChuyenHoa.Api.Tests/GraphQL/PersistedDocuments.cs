using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>Runs the API's persisted documents by hash alone, as the dashboard does.</summary>
public static class PersistedDocuments
{
    /// <param name="operationName">The operation of a document that has several (DecideRemovalProposal's ReturnRemovalProposal).</param>
    public static async Task<JsonNode> RunAsync(GraphQLClient client, string name, object variables, string? operationName = null) =>
        (await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { documentId = DocumentPreparation.PersistedDocumentId(name), variables, operationName }),
        })).EnsureData();
}

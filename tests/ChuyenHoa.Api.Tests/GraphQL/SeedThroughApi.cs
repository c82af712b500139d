using System.Text.Json.Nodes;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Api.Tests.GraphQL;

/// <summary>A host's data made as its users make it: plans and monthly reports through the API, each answer checked.</summary>
internal static class SeedThroughApi
{
    public static async Task PlanAsync(GraphQLClient province, string provinceCode, int year, string decisionDate, params string[] communeCodes)
    {
        var response = await province.PostAsync("""
            mutation($input: CreateConversionPlanInput!) { createConversionPlan(input: $input) { errors { code message } } }
            """, new
        {
            input = new
            {
                provinceCode, year, decisionNumber = $"{year}/QĐ-UBND", decisionDate, communeCodes,
                removalCriteria = new[] { new { indicator = "criminal_cases", kind = "AT_MOST", threshold = 5 } },
            },
        });
        EnsureAccepted(response, "createConversionPlan");
    }

    /// <summary>One month of one commune: <paramref name="values"/> as indicator code → value.</summary>
    public static async Task ReportAsync(GraphQLClient reporter, string communeCode, string month, params (string Indicator, int Value)[] values)
    {
        var response = await reporter.PostAsync("""
            mutation($input: SubmitIndicatorReportInput!) { submitIndicatorReport(input: $input) { errors { code message } } }
            """, new { input = new { communeCode, period = month, values = values.Select(v => new { indicator = v.Indicator, value = v.Value }) } });
        EnsureAccepted(response, "submitIndicatorReport");
    }

    private static void EnsureAccepted(GraphQLResponse response, string field)
    {
        if (response.Errors is { Count: > 0 } || response.Data?[field]?["errors"] is JsonArray { Count: > 0 })
        {
            throw new InvalidOperationException($"{field} refused: {response.Body}");
        }
    }
}

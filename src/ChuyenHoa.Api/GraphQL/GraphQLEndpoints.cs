using ChuyenHoa.Api.Features.Proposals;
using ChuyenHoa.Api.Features.Reporting;
using ChuyenHoa.Api.GraphQL.Execution;
using ChuyenHoa.Api.GraphQL.Subscriptions;
using ChuyenHoa.Api.GraphQL.Transport;
using ChuyenHoa.Api.Resilience;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChuyenHoa.Api.GraphQL;

public static class GraphQLEndpoints
{
    public static IServiceCollection AddChuyenHoaGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<GraphQLOptions>, GraphQLOptionsValidator>();
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.Section).ValidateOnStart();
        var limits = configuration.GetSection(GraphQLOptions.Section).Get<GraphQLOptions>() ?? new GraphQLOptions();
        services.AddSingleton<ProposalChangeHub>();
        services.AddSingleton<ReportingNoticeHub>();
        services.AddSingleton<DocumentPreparation>();
        services.AddSingleton<GraphQLExecution>();
        services.AddSingleton<UnavailableErrors>();
        services.AddSingleton<IValidateOptions<RateLimitingOptions>, RateLimitingOptionsValidator>();
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateOnStart();
        services.AddSingleton<RequestBudget>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<ICallerAuthenticator, BearerCallerAuthenticator>();
        services.AddGraphQL(graphql => graphql
            .AddSchema<ChuyenHoaSchema>()
            .AddGraphTypes(typeof(ChuyenHoaSchema).Assembly)
            // Vietnamese text goes out as UTF-8, not as \u escapes, so that responses read as they are.
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All))
            .AddComplexityAnalyzer(complexity =>
            {
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
                var estimate = complexity.DefaultComplexityImpactDelegate;
                complexity.DefaultComplexityImpactDelegate = field => IntrospectionCost.Of(field) ?? estimate(field);
                complexity.ValidateComplexityDelegate = context => context.ValidationContext.RequestServices!.GetRequiredService<RequestBudget>().ChargeAsync(context);
            })
            .AddExecutionStrategy<FreshLoadersSubscriptionStrategy>(GraphQLParser.AST.OperationType.Subscription));
        return services;
    }

    /// <summary>Maps <c>/graphql</c> (HTTP and WebSocket) and <c>/graphql/schema.graphql</c> (the IDE at <c>/graphql/ui/</c> is one of the web apps).</summary>
    public static IEndpointRouteBuilder MapChuyenHoaGraphQL(this IEndpointRouteBuilder endpoints)
    {
        // Built now, not on the first request: a schema error must stop start-up, not be cached as a failed request.
        endpoints.ServiceProvider.GetRequiredService<ISchema>().Initialize();
        endpoints.Map("/graphql", async context =>
        {
            if (context.WebSockets.IsWebSocketRequest)
            {
                await AcceptWebSocketAsync(context);
                return;
            }

            await context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context);
        });
        endpoints.MapGet("/graphql/schema.graphql", (ISchema schema) => Results.Text(SchemaText(schema), "text/plain; charset=utf-8"));
        return endpoints;
    }

    /// <summary>The schema in SDL, exactly as served and as committed in schema.graphql.</summary>
    public static string SchemaText(ISchema schema) => schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static async Task AcceptWebSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWebSocketSession.SubProtocol))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"Dùng giao thức WebSocket {GraphQLWebSocketSession.SubProtocol}.");
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(GraphQLWebSocketSession.SubProtocol);
        var services = context.RequestServices;
        var session = new GraphQLWebSocketSession(
            socket, context,
            services.GetRequiredService<GraphQLExecution>(),
            services.GetRequiredService<IGraphQLTextSerializer>(),
            services.GetRequiredService<ICallerAuthenticator>(),
            services.GetRequiredService<IOptions<GraphQLOptions>>().Value,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger<GraphQLWebSocketSession>());
        await session.RunAsync(context.RequestAborted);
    }
}

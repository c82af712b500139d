using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Errors;
using GraphQL;

namespace ChuyenHoa.Api.GraphQL.Execution;

/// <summary>The record a mutation's <c>input</c> argument is bound to (an <c>InputObjectGraphType</c> of it).</summary>
public interface IMutationInput
{
    string? ClientMutationId { get; }
}

/// <summary>What a mutation answers: its value (null when refused), the refusals a person can act on, and the key the client sent.</summary>
public sealed record MutationPayload<T>(T? Value, IReadOnlyList<UserError> Errors, string? ClientMutationId);

public static class MutationInput
{
    /// <summary>
    /// A mutation's input once its clientMutationId is within <see cref="ChuyenHoa.Errors.ClientMutationId.MaxLength"/> and every string in
    /// it holds only what text may hold (<see cref="FreeText"/>): every mutation reads its input here, so no field (reason,
    /// note, assessment, name, code or key) is left out. Refused as a VALIDATION_FAILED error naming the field, before
    /// anything is called; the grains check the same rules again.
    /// </summary>
    public static TInput Input<TInput>(this IResolveFieldContext context)
        where TInput : IMutationInput
    {
        var input = context.GetArgument<TInput>("input");
        return ClientMutationId.CheckInput(input, input.ClientMutationId) is { } error
            ? throw ResolveContextExtensions.Error(error.Code, error.Message, error.Field)
            : input;
    }

    /// <summary>A grain command's outcome as the mutation's payload. Not allowed is a GraphQL error (code FORBIDDEN, no data), not a payload error.</summary>
    public static MutationPayload<T> Payload<T>(Outcome<T> outcome, string? clientMutationId) =>
        outcome.Errors.FirstOrDefault(e => e.Code == ErrorCodes.Forbidden) is { } forbidden
            ? throw ResolveContextExtensions.Error(ErrorCodes.Forbidden, forbidden.Message)
            : new(outcome.Value, outcome.Errors, clientMutationId);
}

using ChuyenHoa.Proposals;

namespace ChuyenHoa.Contracts.Conversion;

/// <summary>One step of an approval chain (a province's, or the one a proposal was submitted under): the role that takes it and what it may do there.</summary>
/// <param name="Role">The role, as in tokens (<c>Province.Police</c>).</param>
/// <param name="Actions">The actions of the step.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.ChainStepInfo")]
public sealed record ChainStepInfo([property: Id(0)] string Role, [property: Id(1)] IReadOnlyList<ProposalAction> Actions)
{
    /// <summary>
    /// The types of the documents the step's submit and resubmit need attached; empty when it requires none (a step that
    /// does not propose always). Null only in the bytes of a sender that predates document types: it required none.
    /// </summary>
    [Id(2)]
    public IReadOnlyList<DocumentType> RequiredDocuments { get; init; } = [];

    /// <summary>A domain step as the contracts carry it.</summary>
    /// <param name="step">The step.</param>
    public static ChainStepInfo From(ApprovalStep step) => new(step.Role, step.Actions) { RequiredDocuments = step.RequiredDocuments };

    /// <summary>The domain step this carries.</summary>
    public ApprovalStep ToStep() => new(Role, Actions, RequiredDocuments ?? []);
}

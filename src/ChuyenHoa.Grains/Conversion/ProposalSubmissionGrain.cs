using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using Orleans.Concurrency;

namespace ChuyenHoa.Grains.Conversion;

[StatelessWorker]
public sealed class ProposalSubmissionGrain(IGrainFactory grains) : Grain, IProposalSubmissionGrain
{
    public async Task<Outcome<ProposalInfo>> SubmitAsync(Caller caller, int year, ProposalInput input, string? idempotencyKey)
    {
        var prepared = await grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(caller.ProvinceCode, year))
            .PrepareProposalAsync(caller, input, idempotencyKey);
        return prepared.Value is { } submission
            ? await grains.GetGrain<IRemovalProposalGrain>(submission.ProposalId).SubmitAsync(caller, submission)
            : Outcome<ProposalInfo>.Failure(prepared.Errors);
    }
}

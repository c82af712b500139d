using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.Plans;
using Orleans.Concurrency;

namespace ChuyenHoa.Grains.Conversion;

[StatelessWorker]
public sealed class ProposalSubmissionGrain(IGrainFactory grains) : Grain, IProposalSubmissionGrain
{
    public async Task<Outcome<ProposalInfo>> SubmitAsync(Caller caller, int year, ProposalInput input, string? idempotencyKey, ProgrammeTrack track)
    {
        var prepared = await grains.GetGrain<IConversionPlanGrain>(IConversionPlanGrain.KeyFor(caller.ProvinceCode, year, track))
            .PrepareProposalAsync(caller, input, idempotencyKey);
        return prepared.Value is { } submission
            ? await grains.GetGrain<IRemovalProposalGrain>(submission.ProposalId).SubmitAsync(caller, submission)
            : Outcome<ProposalInfo>.Failure(prepared.Errors);
    }
}

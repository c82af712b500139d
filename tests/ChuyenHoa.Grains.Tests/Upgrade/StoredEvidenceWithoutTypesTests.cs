using ChuyenHoa.AdministrativeUnits;
using ChuyenHoa.Contracts.AdministrativeUnits;
using ChuyenHoa.Contracts.Conversion;
using ChuyenHoa.Contracts.Security;
using ChuyenHoa.DemoData;
using ChuyenHoa.Plans;
using ChuyenHoa.Proposals;
using ChuyenHoa.Security;
using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests.Upgrade;

/// <summary>
/// Chiềng Khoang's proposal, Sơn La's 2023 plan and Sơn La's tenant with a chain of its own, as the grains of 6cdfb52 stored
/// them, before evidence had types and chains required documents (<c>StateWritten6cdfb52/README.md</c>): the minutes read as
/// untyped, and chains stored then require nothing, so what was under way goes on as it would have then.
/// </summary>
public sealed class StoredEvidenceWithoutTypesTests : IAsyncLifetime
{
    private static readonly Guid StoredProposalId = StoredStates.ProposalStoredBy6cdfb52;
    private GrainCluster _cluster = null!;

    private IRemovalProposalGrain Proposal => _cluster.Grains.GetGrain<IRemovalProposalGrain>(StoredProposalId);

    public async Task InitializeAsync() => _cluster = await StoredStates.StartOnStateWritten6cdfb52Async();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task The_minutes_read_as_untyped_without_number_or_date_and_the_province_approves_the_proposal()
    {
        var stored = (await Proposal.GetAsync())!;
        var minutes = Assert.Single(stored.Evidence);
        Assert.Equal(("bien-ban-hoi-nghi-tong-ket-chieng-khoang-2023.txt", DocumentType.Unspecified, null, null), (minutes.FileName, minutes.Type, minutes.Number, minutes.Date));
        Assert.Equal([Roles.DistrictCommittee, Roles.ProvinceCommittee], stored.Chain!.Select(s => s.Role));
        Assert.All(stored.Chain!, step => Assert.Empty(step.RequiredDocuments));

        var approved = await Proposal.ActAsync(ReferenceCaseLoader.ProvinceCommittee, ProposalAction.Approve, null);

        Assert.True(approved.Succeeded, string.Join("; ", approved.Errors.Select(e => e.Message)));
        Assert.Equal((RemovalProposalStatus.Approved, 2), (approved.Value!.Status, approved.Value.Version));
        Assert.Equal(DocumentType.Unspecified, Assert.Single(approved.Value.Evidence).Type);
        Assert.Equal(DesignationStatus.Removed, (await _cluster.Grains.GetGrain<IConversionPlanGrain>("14-2023").GetAsync())!
            .Designations.Single(d => d.CommuneCode == ReferenceCase.CommuneCode).Status);
    }

    [Fact]
    public async Task Returned_it_is_resubmitted_under_its_stored_chain_which_requires_no_documents_and_the_new_evidence_keeps_its_type()
    {
        var returned = await Proposal.ActAsync(ReferenceCaseLoader.ProvinceCommittee, ProposalAction.Return, "Bổ sung báo cáo kết quả");
        Assert.Equal(RemovalProposalStatus.Returned, returned.Value!.Status);

        var resubmitted = await SubmitAsync(ReferenceCase.CommuneCode,
            [new EvidenceInput("bao-cao.txt", "text/plain", "Báo cáo kết quả"u8.ToArray(), DocumentType.Report, "123/BC-BCĐ", "2023-11-25")]);
        await _cluster.RestartAsync();

        Assert.True(resubmitted.Succeeded, string.Join("; ", resubmitted.Errors.Select(e => e.Message)));
        var reloaded = (await Proposal.GetAsync())!;
        Assert.Equal((RemovalProposalStatus.Submitted, 3), (reloaded.Status, reloaded.Version));
        var report = Assert.Single(reloaded.Evidence);
        Assert.Equal((DocumentType.Report, "123/BC-BCĐ", "2023-11-25"), (report.Type, report.Number, report.Date));
    }

    [Fact]
    public async Task Son_la_s_own_chain_stored_then_requires_nothing_while_an_editions_default_requires_the_letter_and_the_minutes()
    {
        var own = await _cluster.Grains.GetGrain<ITenantGrain>(ReferenceCase.ProvinceCode).GetApprovalChainAsync(DivisionEdition.ThreeLevel2024.Id);
        var twoLevelDefault = await _cluster.Grains.GetGrain<ITenantGrain>(ReferenceCase.ProvinceCode).GetApprovalChainAsync(DivisionEdition.TwoLevel2025.Id);

        Assert.False(own.IsDefault);
        Assert.Equal([Roles.DistrictCommittee, Roles.ProvincePolice, Roles.ProvinceCommittee], own.Steps.Select(s => s.Role));
        Assert.All(own.Steps, step => Assert.Empty(step.RequiredDocuments));
        Assert.True(twoLevelDefault.IsDefault);
        Assert.Equal([DocumentType.ProposalLetter, DocumentType.ConferenceMinutes], twoLevelDefault.Steps[0].RequiredDocuments);

        // A new proposal of 2023 takes Sơn La's own chain, as it stands: with the police's review, and no document required.
        var other = await SubmitAsync("03772", []);

        Assert.True(other.Succeeded, string.Join("; ", other.Errors.Select(e => e.Message)));
        Assert.Equal([Roles.DistrictCommittee, Roles.ProvincePolice, Roles.ProvinceCommittee], other.Value!.Chain!.Select(s => s.Role));
        Assert.Empty(other.Value.Evidence);
    }

    private Task<Outcome<ProposalInfo>> SubmitAsync(string commune, IReadOnlyList<EvidenceInput> evidence) =>
        _cluster.Grains.GetGrain<IProposalSubmissionGrain>(0).SubmitAsync(
            ReferenceCaseLoader.DistrictCommittee(commune == ReferenceCase.CommuneCode ? ReferenceCase.DistrictCode : "119"), ReferenceCase.PlanYear,
            new ProposalInput(commune, "2023-11-20", ReferenceCase.ConferenceChair, 30, "Hội nghị tổng kết năm 2023.", "Đánh giá của Ban Chỉ đạo huyện.", evidence),
            $"resubmit-{commune}");
}

using ChuyenHoa.Errors;
using ChuyenHoa.Plans;

namespace ChuyenHoa.Domain.Tests.Plans;

public class YearEndDecisionRulesTests
{
    // Nghệ An's shape: most communes removed, one continuing, two newly designated.
    private static readonly YearEndDecisionDraft Valid = new(
        2024, ProgrammeTrack.SocialOrder, "125/QĐ-UBND", "2025-01-24", "Nguyễn Văn A, Phó Chủ tịch UBND tỉnh", null,
        ["03718", "03772"], ["03700"], [new("03703", [DesignationKind.Environment, DesignationKind.SocialOrder]), new("03706", [])]);

    private static readonly string[] Open = ["03700", "03718", "03772"];

    private static readonly HashSet<string> Approvable = ["03718", "03772"];

    private static Result<YearEndDecision> Create(YearEndDecisionDraft draft, IReadOnlySet<string>? approvable = null) =>
        YearEndDecisionRules.Create(draft, "40", Open, approvable ?? Approvable);

    private static DomainError SingleError(YearEndDecisionDraft draft, string field, IReadOnlySet<string>? approvable = null)
    {
        var error = Assert.Single(Create(draft, approvable).Errors);
        Assert.Equal((ErrorCodes.ValidationFailed, field), (error.Code, error.Field));
        return error;
    }

    [Fact]
    public void A_decision_that_settles_every_open_designation_is_accepted_with_types_in_order_and_the_default_where_none()
    {
        var decision = Create(Valid).Value;

        Assert.Equal(new DateOnly(2025, 1, 24), decision.DecisionDate);
        Assert.Equal("UBND tỉnh Nghệ An", decision.IssuedBy);
        Assert.Equal([DesignationKind.SocialOrder, DesignationKind.Environment], decision.NewlyDesignated[0].Types);
        Assert.Equal([DesignationKind.SocialOrder], decision.NewlyDesignated[1].Types);
    }

    [Fact]
    public void The_ministry_is_the_default_issuer_on_the_security_key_area_track() =>
        Assert.Equal("Bộ Công an", Create(Valid with { Track = ProgrammeTrack.SecurityKeyArea }).Value.IssuedBy);

    [Theory]
    [InlineData("2024-11-01", true)]
    [InlineData("2025-04-30", true)]
    [InlineData("2024-10-31", false)]
    [InlineData("2025-05-01", false)]
    public void The_decision_is_dated_between_the_november_conferences_and_april_of_the_next_year(string date, bool accepted)
    {
        var result = Create(Valid with { DecisionDate = date });

        Assert.Equal(accepted, result.IsSuccess);
        Assert.All(result.Errors, e => Assert.Equal("decisionDate", e.Field));
    }

    [Fact]
    public void A_designation_the_decision_leaves_undecided_is_named() =>
        Assert.Contains("03700", SingleError(Valid with { Continuing = [] }, "continuing").Message);

    [Fact]
    public void A_removed_commune_without_a_proposal_awaiting_the_province_is_refused() =>
        Assert.Contains("03772", SingleError(Valid, "removed[1]", new HashSet<string> { "03718" }).Message);

    [Fact]
    public void A_commune_outside_the_plan_cannot_be_removed_or_continue()
    {
        var errors = Create(Valid with { Continuing = ["03700", "03999"] }).Errors;

        Assert.Equal("continuing[1]", Assert.Single(errors).Field);
    }

    [Fact]
    public void A_commune_given_two_outcomes_is_refused() =>
        Assert.Contains("03718", SingleError(Valid with { Continuing = ["03700", "03718"] }, "communeCodes").Message);

    [Fact]
    public void A_commune_still_on_the_list_is_continuing_not_newly_designated() =>
        Assert.Equal(["continuing", "newlyDesignated[0]"], Create(Valid with { NewlyDesignated = [new("03700", [])], Continuing = [] }).Errors.Select(e => e.Field));

    [Fact]
    public void A_blank_signer_and_an_unknown_type_are_refused_with_their_fields()
    {
        var errors = Create(Valid with { Signer = " ", NewlyDesignated = [new("03703", [(DesignationKind)7])] }).Errors;

        Assert.Equal(["signer", "newlyDesignated[0].types"], errors.Select(e => e.Field));
    }
}

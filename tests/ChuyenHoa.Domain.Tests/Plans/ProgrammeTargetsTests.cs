using ChuyenHoa.Plans;

namespace ChuyenHoa.Domain.Tests.Plans;

public class ProgrammeTargetsTests
{
    [Fact]
    public void Six_of_ten_converted_meets_the_sixty_percent_goal_and_five_of_six_not_relapsing_misses_eighty_five()
    {
        var targets = new ProgrammeTargets(10, 6, 1);

        Assert.Equal((0.6m, true), (targets.ConvertedShare, targets.ConversionGoalMet));
        Assert.False(targets.NonRelapseGoalMet);
        Assert.Equal(5m / 6, targets.NonRelapseShare);
    }

    [Fact]
    public void Shares_of_nothing_are_absent_and_not_met()
    {
        var targets = new ProgrammeTargets(0, 0, 0);

        Assert.Equal((null, null), (targets.ConvertedShare, targets.NonRelapseShare));
        Assert.False(targets.ConversionGoalMet || targets.NonRelapseGoalMet);
    }
}

public class ProgrammeTracksTests
{
    [Fact]
    public void Social_order_plans_keep_the_key_they_had_before_tracks_and_other_tracks_add_a_suffix()
    {
        Assert.Null(ProgrammeTracks.KeySuffixOf(ProgrammeTrack.SocialOrder));
        Assert.All(ProgrammeTracks.All, t => Assert.Equal(t, ProgrammeTracks.FromKeySuffix(ProgrammeTracks.KeySuffixOf(t))));
        Assert.Null(ProgrammeTracks.FromKeySuffix("other"));
    }

    [Fact]
    public void Only_the_security_key_area_track_is_decided_by_the_ministry() =>
        Assert.Equal([ProgrammeTrack.SecurityKeyArea], ProgrammeTracks.All.Where(t => ProgrammeTracks.DeciderOf(t) == TrackDecider.Ministry));
}

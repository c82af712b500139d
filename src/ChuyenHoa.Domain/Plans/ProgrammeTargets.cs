namespace ChuyenHoa.Plans;

/// <summary>
/// The programme's own targets for a plan year: at least 60 % of the designated communes converted, and at least 85 % of
/// those converted not relapsing (designated again after removal).
/// </summary>
/// <param name="Designated">The communes the plan designated.</param>
/// <param name="Removed">Those removed from the list, including any designated again since.</param>
/// <param name="Relapsed">Those removed and then designated again.</param>
public sealed record ProgrammeTargets(int Designated, int Removed, int Relapsed)
{
    public const decimal ConversionGoal = 0.6m;

    public const decimal NonRelapseGoal = 0.85m;

    /// <summary>Removed ÷ designated; null when the plan designates none.</summary>
    public decimal? ConvertedShare => Designated == 0 ? null : (decimal)Removed / Designated;

    /// <summary>(Removed − relapsed) ÷ removed; null when none was removed.</summary>
    public decimal? NonRelapseShare => Removed == 0 ? null : (decimal)(Removed - Relapsed) / Removed;

    public bool ConversionGoalMet => ConvertedShare >= ConversionGoal;

    public bool NonRelapseGoalMet => NonRelapseShare >= NonRelapseGoal;
}

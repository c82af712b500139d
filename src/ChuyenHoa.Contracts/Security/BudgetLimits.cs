namespace ChuyenHoa.Contracts.Security;

/// <summary>The limits of one window, sent with each charge so that the API's configuration is the only one.</summary>
/// <param name="MutationsPerWindow">Mutation fields a caller may send in one window.</param>
/// <param name="QueryCostPerWindow">Query complexity a caller may spend in one window.</param>
/// <param name="Window">The window's length.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.BudgetLimits")]
public sealed record BudgetLimits([property: Id(0)] int MutationsPerWindow, [property: Id(1)] double QueryCostPerWindow, [property: Id(2)] TimeSpan Window);

namespace ChuyenHoa.Contracts.Security;

/// <summary>The limits of one window, sent with each charge so that the API's configuration is the only one.</summary>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.BudgetLimits")]
public sealed record BudgetLimits([property: Id(0)] int MutationsPerWindow, [property: Id(1)] double QueryCostPerWindow, [property: Id(2)] TimeSpan Window);

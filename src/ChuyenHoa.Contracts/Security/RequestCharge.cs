namespace ChuyenHoa.Contracts.Security;

/// <summary>What one request costs: a permit per mutation field, and the query's complexity.</summary>
/// <param name="Mutations">How many mutation fields the request has.</param>
/// <param name="QueryCost">The query's complexity as the API computes it.</param>
[GenerateSerializer, Immutable, Alias("ChuyenHoa.RequestCharge")]
public sealed record RequestCharge([property: Id(0)] int Mutations, [property: Id(1)] double QueryCost);

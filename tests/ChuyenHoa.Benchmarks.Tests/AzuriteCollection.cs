using ChuyenHoa.Testing;

namespace ChuyenHoa.Benchmarks.Tests;

/// <summary>The endpoint tests share one Azurite; the tests of the collection run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

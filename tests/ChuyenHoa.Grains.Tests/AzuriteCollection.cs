using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests;

/// <summary>Every grain test shares one Azurite; the tests of the collection run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

using ChuyenHoa.Testing;

namespace ChuyenHoa.Grains.Tests;

/// <summary>One Azurite for the tests that start clusters of their own on it; the tests of the collection run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

/// <summary>One grain cluster over its own Azurite, for the tests that keep apart by the keys of their grains.</summary>
[CollectionDefinition(Name)]
public sealed class GrainClusterCollection : ICollectionFixture<GrainClusterFixture>
{
    public const string Name = "Grain cluster";
}

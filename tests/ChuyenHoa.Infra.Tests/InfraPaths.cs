using System.Reflection;
using ChuyenHoa.DevelopmentStorage;

namespace ChuyenHoa.Infra.Tests;

internal static class InfraPaths
{
    public static readonly string Root = RepositoryRoot.Find() ?? throw new InvalidOperationException("Run the tests from inside the repository.");

    public static string Azure => Path.Combine(Root, "infra", "azure");

    public static string Kubernetes => Path.Combine(Root, "infra", "kubernetes");

    /// <summary>The bicep binary of the Azure.Bicep.CommandLine.linux-x64 package that this project's restore downloaded.</summary>
    public static string Bicep => Path.Combine(
        typeof(InfraPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPackage").Value!, "tools", "bicep");
}

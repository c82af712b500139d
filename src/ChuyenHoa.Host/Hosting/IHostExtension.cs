namespace ChuyenHoa.Host.Hosting;

/// <summary>
/// What a program that hosts the platform for its own purpose adds to it: services before the build, endpoints after the
/// platform's own. The benchmark runner adds its bare JSON endpoint this way; the product adds nothing.
/// </summary>
public interface IHostExtension
{
    void AddServices(WebApplicationBuilder builder)
    {
    }

    void MapEndpoints(WebApplication app)
    {
    }
}

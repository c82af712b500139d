namespace ChuyenHoa.Host.Hosting;

/// <summary>
/// The pod this silo runs in, as the Kubernetes manifests describe it to the process (downward API), or nothing
/// outside Kubernetes. Orleans' Kubernetes hosting reads the same variables.
/// </summary>
/// <param name="ClusterId">From the pod's <c>orleans/clusterId</c> label (ORLEANS_CLUSTER_ID), when given.</param>
/// <param name="ServiceId">From the pod's <c>orleans/serviceId</c> label (ORLEANS_SERVICE_ID), when given.</param>
public sealed record KubernetesPod(string Name, string Namespace, string IPAddress, string? ClusterId, string? ServiceId)
{
    /// <summary>
    /// A pod only when the API server is known (KUBERNETES_SERVICE_HOST, set in every pod) and the manifest passes the
    /// pod's name, namespace and IP: without them Orleans' Kubernetes hosting cannot work, and the silo runs as anywhere else.
    /// </summary>
    public static KubernetesPod? FromEnvironment(Func<string, string?> variable)
    {
        string? Value(string name) => string.IsNullOrWhiteSpace(variable(name)) ? null : variable(name);

        return (Value("KUBERNETES_SERVICE_HOST"), Value("POD_NAME"), Value("POD_NAMESPACE"), Value("POD_IP")) is (not null, { } name, { } ns, { } ip)
            ? new KubernetesPod(name, ns, ip, Value("ORLEANS_CLUSTER_ID"), Value("ORLEANS_SERVICE_ID"))
            : null;
    }
}

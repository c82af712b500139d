using System.Diagnostics.Metrics;

namespace ChuyenHoa.Testing;

/// <summary>Listens to one instrument of the app's meters and records what it measures, for tests that count work done.</summary>
public sealed class MetricCollector : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<(double Value, IReadOnlyDictionary<string, object?> Tags)> _measurements = [];

    public MetricCollector(string instrument)
    {
        _listener.InstrumentPublished = (candidate, listener) =>
        {
            if (candidate.Name == instrument)
            {
                listener.EnableMeasurementEvents(candidate);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) => Record(value, tags));
        _listener.SetMeasurementEventCallback<int>((_, value, tags, _) => Record(value, tags));
        _listener.SetMeasurementEventCallback<double>((_, value, tags, _) => Record(value, tags));
        _listener.Start();
    }

    public double Sum
    {
        get
        {
            lock (_measurements)
            {
                return _measurements.Sum(m => m.Value);
            }
        }
    }

    public IReadOnlyList<double> Values(string tag, object? tagValue)
    {
        lock (_measurements)
        {
            return _measurements.Where(m => Equals(m.Tags.GetValueOrDefault(tag), tagValue)).Select(m => m.Value).ToArray();
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        lock (_measurements)
        {
            _measurements.Add((value, copy));
        }
    }
}

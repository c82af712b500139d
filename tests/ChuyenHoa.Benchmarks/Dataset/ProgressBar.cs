using System.Diagnostics;

namespace ChuyenHoa.Benchmarks.Dataset;

/// <summary>
/// A progress bar on stderr, redrawn in place on a terminal; when stderr is a file or a pipe (CI, tests), a line
/// every few seconds instead, so logs stay readable.
/// </summary>
public sealed class ProgressBar : IDisposable
{
    private readonly string _label;
    private readonly int _total;
    private readonly TextWriter _output;
    private readonly bool _inPlace;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private int _done;

    public ProgressBar(string label, int total, TextWriter output)
    {
        _label = label;
        _total = total;
        _output = output;
        _inPlace = ReferenceEquals(output, Console.Error) && !Console.IsErrorRedirected;
        var every = _inPlace ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(5);
        _timer = new Timer(_ => Draw(final: false), null, every, every);
    }

    public void Advance(int count = 1) => Interlocked.Add(ref _done, count);

    public void Dispose()
    {
        _timer.Dispose();
        Draw(final: true);
    }

    private void Draw(bool final)
    {
        var done = Volatile.Read(ref _done);
        const int width = 30;
        var filled = _total == 0 ? width : (int)((long)width * done / _total);
        var rate = done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var line = $"{_label} [{new string('#', filled)}{new string('-', width - filled)}] {done}/{_total} {rate:0.#}/s {_clock.Elapsed:mm\\:ss}";
        lock (_output)
        {
            _output.Write(_inPlace ? $"\r{line}" : line + "\n");
            if (final && _inPlace)
            {
                _output.WriteLine();
            }
        }
    }
}

using System.Diagnostics;

namespace ReportSite.Pipeline;

/// <summary>How long each stage of one build took, in the order they ran; <paramref name="starting"/> hears each stage's name as it starts.</summary>
public sealed class StageTimings(Action<string>? starting = null)
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    public T Time<T>(string stage, Func<T> run)
    {
        starting?.Invoke(stage);
        var watch = Stopwatch.StartNew();
        var result = run();
        _stages.Add((stage, watch.Elapsed));
        return result;
    }

    public void Time(string stage, Action run) => Time(stage, () => { run(); return true; });
}

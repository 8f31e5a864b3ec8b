using System.Collections.Concurrent;

namespace ReportSite.Diagnostics;

/// <summary>Collects diagnostics from stages that may run in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Error(string file, int line, string message) => Add(new Diagnostic(Severity.Error, file, line, message));

    public void Warning(string file, int line, string message) => Add(new Diagnostic(Severity.Warning, file, line, message));

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>All diagnostics once each, sorted by file and line so output is stable whatever ran in parallel.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct().OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
}

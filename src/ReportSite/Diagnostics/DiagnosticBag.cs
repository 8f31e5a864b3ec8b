using System.Collections.Concurrent;

namespace ReportSite.Diagnostics;

/// <summary>Collects diagnostics from stages that may run in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private readonly ConcurrentDictionary<string, bool> _unreadable = new(StringComparer.Ordinal);

    public void Error(string file, int line, string message) => Add(new Diagnostic(Severity.Error, file, line, message));

    public void Warning(string file, int line, string message) => Add(new Diagnostic(Severity.Warning, file, line, message));

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    /// <summary>Notes that <paramref name="file"/> could not be read at all (its error is reported separately).</summary>
    public void Unreadable(string file) => _unreadable[file] = true;

    /// <summary>
    /// Whether a file that could not be read is <paramref name="file"/> or lies in the folder
    /// <paramref name="folder"/>: checks of what depends on it would only report its absence again.
    /// </summary>
    public bool IsUnreadable(string file, string? folder = null) =>
        _unreadable.ContainsKey(file) || (folder is not null && _unreadable.Keys.Any(f => f.StartsWith(folder + "/", StringComparison.Ordinal)));

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>All diagnostics once each, sorted by file and line so output is stable whatever ran in parallel.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct().OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
}

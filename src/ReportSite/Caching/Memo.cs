using System.Collections.Concurrent;
using ReportSite.Diagnostics;

namespace ReportSite.Caching;

/// <summary>
/// Values one stage made, each remembered under an id (a file, a page) with the key it was made from,
/// so the next build of the same report makes again only what its inputs changed. A value is reused
/// only when its key equals the new one: keys hold the inputs themselves (a chapter's text, a page's
/// HTML), never a hash that could collide. What a value depends on besides its key is the memo's
/// context (the theme, the data, the site map): a new context forgets everything. Diagnostics made with
/// a value are replayed when it is reused, so a cached mistake is still reported. Safe for parallel stages.
/// </summary>
public sealed class Memo<TKey, TValue>
{
    private sealed record Entry(TKey Key, TValue Value, IReadOnlyList<Diagnostic> Diagnostics);

    private ConcurrentDictionary<string, Entry> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private string? _context;

    /// <summary>How many values this build made rather than reused, for the preview's console and tests.</summary>
    public int Made => _made;

    private int _made;

    /// <summary>Starts this build's use of the memo under <paramref name="context"/>; a different context than last time forgets every value.</summary>
    public Memo<TKey, TValue> In(string context)
    {
        if (_context != context)
        {
            _previous.Clear();
            _current.Clear();
            _context = context;
        }
        _made = 0;
        return this;
    }

    public TValue Get(string id, TKey key, Func<TValue> make) => Get(id, key, null, _ => make());

    /// <summary>
    /// The value for <paramref name="id"/>: the remembered one when its key equals <paramref name="key"/>,
    /// else a new one from <paramref name="make"/>, whose diagnostics go to <paramref name="diagnostics"/> now and on every reuse.
    /// </summary>
    public TValue Get(string id, TKey key, DiagnosticBag? diagnostics, Func<DiagnosticBag, TValue> make)
    {
        if (!(_current.TryGetValue(id, out var entry) || _previous.TryGetValue(id, out entry)) || !EqualityComparer<TKey>.Default.Equals(entry.Key, key))
        {
            var own = new DiagnosticBag();
            entry = new Entry(key, make(own), own.Sorted());
            Interlocked.Increment(ref _made);
        }
        _current[id] = entry;
        if (diagnostics is not null) foreach (var diagnostic in entry.Diagnostics) diagnostics.Add(diagnostic);
        return entry.Value;
    }

    /// <summary>After a successful build: forget the values it did not ask for (deleted chapters, pages no longer made).</summary>
    public void ForgetUnused()
    {
        _previous = _current;
        _current = new(StringComparer.Ordinal);
    }
}

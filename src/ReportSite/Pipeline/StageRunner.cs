using System.Diagnostics;
using ReportSite.Caching;
using ReportSite.Diagnostics;
using ReportSite.Output;
using ReportSite.Pages;

namespace ReportSite.Pipeline;

/// <summary>
/// Runs the stages of one build: times each, and in a build that remembers puts the build's memory around
/// the stages whose work goes item by item (and around the theme) from outside, so the stages themselves
/// know nothing of caching and <see cref="SiteBuild"/> reads the same with or without it.
/// </summary>
internal sealed class StageRunner(StageTimings timings, DiagnosticBag diagnostics, BuildMemory? memory)
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    public StageTimings Timings => timings;

    public TimeSpan Elapsed => _watch.Elapsed;

    /// <summary>Whether the build keeps what it makes for the next one (the preview's).</summary>
    public bool Remembers => memory is not null;

    public T Stage<T>(string name, Func<T> run) => timings.Time(name, run);

    public void Stage(string name, Action run) => timings.Time(name, run);

    /// <summary>
    /// The work's result for every item. In a build that remembers, through the memo <paramref name="memo"/>
    /// picks, under <paramref name="context"/>: the digest of the stage's own inputs, which forgets every
    /// result when it changes.
    /// </summary>
    public IReadOnlyList<TResult> Each<TItem, TKey, TResult>(string name, IItemWork<TItem, TKey, TResult> work, IReadOnlyList<TItem> items,
        Func<BuildMemory, Memo<TKey, TResult>> memo, Func<string> context) =>
        timings.Time(name, () => Caching.Each.Run(work, items, diagnostics, memory is null ? null : memo(memory).In(context())));

    /// <summary>The pages with the work's result in each, as <see cref="Each"/> makes them.</summary>
    public IReadOnlyList<Page> Pages<TKey, TResult>(string name, IPageWork<TKey, TResult> work, IReadOnlyList<Page> pages,
        Func<BuildMemory, Memo<TKey, TResult>> memo, Func<string> context) =>
        pages.Zip(Each(name, work, pages, memo, context), work.Into).ToList();

    /// <summary>
    /// A value the build makes once, such as the theme. In a build that remembers, made again only when
    /// <paramref name="key"/> (the digest of what it is made from) or <paramref name="context"/> changed.
    /// </summary>
    public T Once<T>(string name, Func<BuildMemory, Memo<string, T>> memo, Func<string> key, string context, Func<DiagnosticBag, T> make) =>
        timings.Time(name, () => memory is null ? make(diagnostics) : memo(memory).In(context).Get(name, key(), diagnostics, make));

    /// <summary>After a successful build: keeps what it wrote, and forgets what it no longer made.</summary>
    public void Remember(WrittenFiles written)
    {
        if (memory is null) return;
        memory.Written = written;
        memory.ForgetUnused();
    }
}

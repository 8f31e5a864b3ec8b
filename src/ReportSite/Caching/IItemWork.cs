using ReportSite.Diagnostics;

namespace ReportSite.Caching;

/// <summary>
/// A stage's work on one item (a chapter file, a page): a pure function of the item and the stage's own
/// inputs, with what it reads of the item declared beside it, once. The stage knows nothing of caching;
/// <see cref="Each"/> runs the work over the items, and a build that remembers puts a
/// <see cref="Memo{TKey,TValue}"/> around it from outside, which reuses a result while what the work
/// reads is unchanged.
/// </summary>
public interface IItemWork<in TItem, out TKey, TResult>
{
    /// <summary>Names the item among the others (its file, its page's output path).</summary>
    string Id(TItem item);

    /// <summary>Everything of the item that <see cref="Make"/> reads; the stage's own inputs are the memo's context.</summary>
    TKey Reads(TItem item);

    /// <summary>The work itself; its problems go to <paramref name="diagnostics"/>.</summary>
    TResult Make(TItem item, DiagnosticBag diagnostics);
}

using ReportSite.Diagnostics;

namespace ReportSite.Caching;

/// <summary>Runs a stage's <see cref="IItemWork{TItem,TKey,TResult}"/> over its items, in parallel and in order.</summary>
public static class Each
{
    /// <summary>
    /// The work's result for every item, in the items' order. With a <paramref name="memo"/> (a build that
    /// remembers), an item whose <see cref="IItemWork{TItem,TKey,TResult}.Reads"/> equals last time's gets
    /// last time's result, and its diagnostics again.
    /// </summary>
    public static IReadOnlyList<TResult> Run<TItem, TKey, TResult>(
        IItemWork<TItem, TKey, TResult> work, IEnumerable<TItem> items, DiagnosticBag diagnostics, Memo<TKey, TResult>? memo = null) =>
        items.AsParallel().AsOrdered()
            .Select(item => memo is null ? work.Make(item, diagnostics) : memo.Get(work.Id(item), work.Reads(item), diagnostics, own => work.Make(item, own)))
            .ToList();
}

using ReportSite.Caching;

namespace ReportSite.Pages;

/// <summary>A stage's work on one page, whose result becomes part of the page (its HTML, its body).</summary>
public interface IPageWork<out TKey, TResult> : IItemWork<Page, TKey, TResult>
{
    /// <summary>The page with the work's result in it.</summary>
    Page Into(Page page, TResult result);
}

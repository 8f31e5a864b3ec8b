using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Feedback;
using ReportSite.Localization;
using ReportSite.Standards;
using ReportSite.Theme;

namespace ReportSite.Pages;

/// <summary>
/// Decides which pages exist: the entry page, a home page per language and every chapter in every
/// language, then the performance data page when the report has KPIs. A chapter missing in a secondary language is published from the primary-language text
/// (the page says so) and reported as a warning. A report with a survey also gets its form and
/// thank-you pages in each language. Last comes the page for addresses that do not exist, in every language.
/// </summary>
public sealed class PlanPages
{
    /// <summary>The file static hosts (GitHub Pages, Netlify, nginx with try_files) serve for a missing address.</summary>
    public const string NotFoundUrl = "404.html";

    /// <summary>Addresses the generator uses itself; a chapter cannot take them.</summary>
    private static readonly string[] ReservedSlugs = [FeedbackPages.FormKey, AboutKey, SearchKey, DataKey, StandardsFolder, "s", "charts", "print", "assets", LoadedTheme.OutputFolder];

    public const string AboutKey = "about";

    public const string SearchKey = "search";

    /// <summary>The performance data page's key and address in each language; the downloads are in the site's own <c>data/</c>.</summary>
    public const string DataKey = "data";

    /// <summary>Whether a chapter slug would clash with an address the site uses itself.</summary>
    public static bool IsReserved(string slug) => ReservedSlugs.Contains(slug);

    public const string StandardsFolder = "standards";

    public static string StandardsKey(StandardsCatalogue catalogue) => $"{StandardsFolder}/{catalogue.Id}";

    public IReadOnlyList<Page> Run(SiteConfig site, IReadOnlyList<ChapterSource> chapters, IReadOnlyList<StandardsCatalogue> catalogues, FeedbackForm? feedback, Words words, DiagnosticBag diagnostics, bool performanceData = false)
    {
        foreach (var chapter in chapters.Where(c => ReservedSlugs.Contains(c.Slug)))
        {
            diagnostics.Error(chapter.File, 1, $"the address '{chapter.Slug}/' is used by the site itself; rename the file so the words after the number differ (e.g. '{chapter.File.Replace(chapter.Slug, chapter.Slug + "-report")}').");
        }
        var pages = new List<Page>
        {
            new() { Key = "", Kind = PageKind.Entry, Language = site.PrimaryLanguage, Url = "", Title = site.Title[site.PrimaryLanguage] },
        };
        var bySlug = chapters.GroupBy(c => c.Slug).OrderBy(g => g.First().Order).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var language in site.Languages)
        {
            pages.Add(new Page
            {
                Key = "",
                Kind = PageKind.Home,
                Language = language,
                Url = language + "/",
                Title = site.Title[language],
                Summary = site.Description?[language],
            });
            var number = 0;
            foreach (var versions in bySlug)
            {
                var source = versions.FirstOrDefault(c => c.Language == language);
                if (source is null)
                {
                    source = versions.First(c => c.Language == site.PrimaryLanguage);
                    var missing = source.File.Replace($".{source.Language}.md", $".{language}.md");
                    diagnostics.Warning(missing, 0, $"missing: the {language} edition shows the {source.Language} text of {source.File} with a notice that it is not translated yet. Add {missing} to translate it.");
                }
                pages.Add(new Page
                {
                    Key = versions.Key,
                    Kind = PageKind.Chapter,
                    Language = language,
                    Url = $"{language}/{versions.Key}/",
                    Title = source.Title,
                    Summary = source.Summary,
                    Number = ++number,
                    Source = source,
                });
            }
            if (performanceData)
            {
                pages.Add(new Page { Key = DataKey, Kind = PageKind.Data, Language = language, Url = $"{language}/{DataKey}/", Title = words.Word(language, "dataTitle"), Summary = words.Word(language, "dataSummary") });
            }
            foreach (var catalogue in catalogues)
            {
                pages.Add(new Page
                {
                    Key = StandardsKey(catalogue),
                    Kind = PageKind.Standards,
                    Language = language,
                    Url = $"{language}/{StandardsKey(catalogue)}/",
                    Title = catalogue.Title[language],
                    Summary = catalogue.Statement?[language],
                });
            }
            pages.Add(new Page { Key = SearchKey, Kind = PageKind.Search, Language = language, Url = $"{language}/{SearchKey}/", Title = words.Word(language, "searchTitle") });
            if (site.About is not null)
            {
                pages.Add(new Page { Key = AboutKey, Kind = PageKind.About, Language = language, Url = $"{language}/{AboutKey}/", Title = words.Word(language, "aboutTitle") });
            }
            if (feedback is not null)
            {
                pages.Add(new Page
                {
                    Key = FeedbackPages.FormKey,
                    Kind = PageKind.Feedback,
                    Language = language,
                    Url = FeedbackPages.FormUrl(language),
                    Title = words.Word(language, "feedbackTitle"),
                    Summary = feedback.Intro?[language],
                });
                pages.Add(new Page
                {
                    Key = FeedbackPages.ThanksKey,
                    Kind = PageKind.FeedbackThanks,
                    Language = language,
                    Url = FeedbackPages.ThanksUrl(language),
                    Title = words.Word(language, "feedbackThanksTitle"),
                });
            }
        }
        pages.Add(new Page
        {
            Key = NotFoundUrl,
            Kind = PageKind.NotFound,
            Language = site.PrimaryLanguage,
            Url = NotFoundUrl,
            Title = words.Word(site.PrimaryLanguage, "notFoundTitle"),
        });
        return pages;
    }
}

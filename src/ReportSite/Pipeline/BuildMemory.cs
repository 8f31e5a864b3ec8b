using ReportSite.Caching;
using ReportSite.Content;
using ReportSite.Output;
using ReportSite.Pages;
using ReportSite.Theme;

namespace ReportSite.Pipeline;

/// <summary>
/// What a build keeps for the next build of the same report, so the preview redoes only what an edit
/// affects: the theme while its files are unchanged, each chapter file's text while its size and time are, its parse, each data file's translation states while its size and time are, each body's HTML, each
/// page's layout (with the facts the checks read) and link check, each chapter's share of the search index, the share images' plan and each image drawn, the sitemap, the performance data's downloads, and what
/// was written where. <see cref="SiteBuild"/> puts each memo around its stage's work from outside; a
/// memo's context names the stage's own inputs, its keys what the work reads of each item.
/// </summary>
public sealed class BuildMemory
{
    public Memo<string, LoadedTheme?> Theme { get; } = new();

    public Memo<Files.FileStamp, ChapterFile?> ChapterFiles { get; } = new();

    public Memo<string, ChapterSource?> Chapters { get; } = new();

    public Memo<Files.FileStamp, IReadOnlyList<Translations.TranslationStatus>> DataTranslations { get; } = new();

    public Memo<(string? Recorded, string Current), Translations.SourceChanges> SourceChanges { get; } = new();

    public Memo<(string Body, int FirstLine), Markdown.RenderedBody> Markdown { get; } = new();

    public Memo<(string? Body, string? Own), (string Html, PageAnchors Anchors)> Layouts { get; } = new();

    public Memo<(string? Html, string? File, string? Body, int FirstLine), bool> LinkChecks { get; } = new();

    public Memo<(IReadOnlyList<PageSection>? Sections, string Title, string Url, string? TextLanguage), Search.SearchChapter> SearchChapters { get; } = new();

    public Memo<Search.SearchShardParts, Search.SearchShard> SearchShards { get; } = new();

    public Memo<Search.SearchTextsParts, byte[]> SearchTexts { get; } = new();

    public Memo<string, Fonts.FontChoice?> Font { get; } = new();

    public Memo<string, Charts.DrawnChartPicture> ChartPictures { get; } = new();

    public Memo<string, Sharing.ShareImagePlan> ShareImagePlan { get; } = new();

    public Memo<string, Sharing.DrawnShareImage> ShareImages { get; } = new();

    public Memo<string, IReadOnlyList<Files.StaticFile>> Sitemap { get; } = new();

    public Memo<string, IReadOnlyList<Files.StaticFile>> PerformanceData { get; } = new();

    /// <summary>What the latest build wrote, and where.</summary>
    public WrittenFiles? Written { get; set; }

    /// <summary>After a successful build: forget chapters and pages it no longer has.</summary>
    public void ForgetUnused()
    {
        Theme.ForgetUnused();
        ChapterFiles.ForgetUnused();
        Chapters.ForgetUnused();
        DataTranslations.ForgetUnused();
        SourceChanges.ForgetUnused();
        Markdown.ForgetUnused();
        Layouts.ForgetUnused();
        LinkChecks.ForgetUnused();
        SearchChapters.ForgetUnused();
        SearchShards.ForgetUnused();
        SearchTexts.ForgetUnused();
        Font.ForgetUnused();
        ChartPictures.ForgetUnused();
        ShareImagePlan.ForgetUnused();
        ShareImages.ForgetUnused();
        Sitemap.ForgetUnused();
        PerformanceData.ForgetUnused();
    }

    /// <summary>Pages laid out afresh in the latest build (the rest were reused), for the console and tests.</summary>
    public int PagesLaidOut => Layouts.Made;
}

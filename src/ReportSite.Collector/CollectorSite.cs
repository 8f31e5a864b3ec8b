using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Feedback;

namespace ReportSite.Collector;

/// <summary>What the collector knows of the report: its languages and address, the survey, and the theme's words.</summary>
public sealed record CollectorSite(SiteConfig Site, FeedbackForm Form, Theme.Theme Theme, IReadOnlySet<string> Origins)
{
    /// <summary>Loads the same files the site build reads, so the form and its checks agree; null (reported) when they cannot be read.</summary>
    public static CollectorSite? Load(CollectorOptions options, DiagnosticBag diagnostics)
    {
        var site = new LoadSiteConfig().Run(options.SiteDir, diagnostics);
        if (site is null) return null;
        var form = new LoadFeedbackForm().Run(options.SiteDir, site, diagnostics);
        if (form is null && !diagnostics.HasErrors)
        {
            diagnostics.Error(LoadFeedbackForm.FileName, 0, $"not found in '{options.SiteDir}'; the collector checks answers against the survey, so the report needs one.");
        }
        var theme = new Theme.LoadTheme().Run(options.ThemeDir, site, diagnostics);
        if (form is null || theme is null || diagnostics.HasErrors) return null;
        var origins = options.ExtraOrigins.Select(o => o.TrimEnd('/')).Prepend(Origin(new Uri(site.BaseUrl))).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new CollectorSite(site, form, theme, origins);
    }

    /// <summary>The address of a survey page as the reader's browser knows the site: at the origin it posted from.</summary>
    public string PageAddress(string origin, string sitePath) => origin + new Uri(Site.BaseUrl).AbsolutePath + sitePath;

    private static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority);
}

using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Theme;

namespace ReportSite.Feedback;

/// <summary>A survey with the report it belongs to: the report's settings and the theme's words.</summary>
public sealed record Survey(SiteConfig Site, FeedbackForm Form, LoadedTheme Theme);

/// <summary>
/// Reads a report's survey the way a build does, for the tools that work with answers (the collector,
/// the export and the summary), so they check and label answers exactly as the published form asks them.
/// </summary>
public sealed class LoadSurvey
{
    /// <summary>Reads the survey of the report in <paramref name="siteDir"/>, with the theme's words: the built-in ones, overridden by the report's <c>theme/</c> folder or by <paramref name="themeDir"/> (<c>--theme</c>).</summary>
    public Survey? Run(string siteDir, string? themeDir, DiagnosticBag diagnostics)
    {
        if (Theme.ThemeFiles.FolderProblem(themeDir) is { } problem)
        {
            diagnostics.Error("reportsite", 0, problem);
            return null;
        }
        var site = new LoadSiteConfig().Run(siteDir, diagnostics);
        if (site is null) return null;
        var form = new LoadFeedbackForm().Run(siteDir, site, diagnostics);
        if (form is null && !diagnostics.HasErrors)
        {
            diagnostics.Error(LoadFeedbackForm.FileName, 0, $"not found in '{siteDir}'; answers are checked and read against the survey, so the report needs one (pass the report folder with --site).");
        }
        var theme = new Theme.LoadTheme().Run(Theme.ThemeFiles.ForReport(siteDir, themeDir), site, diagnostics);
        return form is null || theme is null ? null : new Survey(site, form, theme);
    }
}

using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Feedback;
using ReportSite.Theme;

namespace ReportSite.Collector;

/// <summary>
/// What the collector knows of the report: its languages and address, the survey, the theme's words,
/// and the largest body a valid submission to the survey can be (<see cref="SubmissionSize"/>).
/// </summary>
public sealed record CollectorSite(SiteConfig Site, FeedbackForm Form, LoadedTheme Theme, IReadOnlySet<string> Origins)
{
    public int MaxBodyBytes { get; } = SubmissionSize.Limit(Form, Site.Languages);

    /// <summary>Loads the same files the site build reads, so the form and its checks agree; null (reported) when they cannot be read.</summary>
    public static CollectorSite? Load(CollectorOptions options, DiagnosticBag diagnostics)
    {
        var survey = new LoadSurvey().Run(options.SiteDir, options.ThemeDir, diagnostics);
        if (survey is null || diagnostics.HasErrors) return null;
        var origins = options.ExtraOrigins.Select(o => o.TrimEnd('/')).Prepend(Origin(new Uri(survey.Site.BaseUrl))).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new CollectorSite(survey.Site, survey.Form, survey.Theme, origins);
    }

    /// <summary>The address of a survey page as the reader's browser knows the site: at the origin it posted from.</summary>
    public string PageAddress(string origin, string sitePath) => origin + Site.BasePath + sitePath;

    private static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority);
}

using ReportSite.Content;
using ReportSite.Localization;
using ReportSite.Theme;

namespace ReportSite.Layout;

/// <summary>The about page's facts in one language, each under the theme's heading for it.</summary>
public sealed record AboutView(IReadOnlyList<AboutFactView> Facts, string? Email, string? Prevails)
{
    public static AboutView Of(SiteConfig site, string language, LoadedTheme theme)
    {
        var about = site.About!;
        var facts = new (string Word, LocalizedText? Text)[]
        {
            ("aboutHistory", about.History),
            ("aboutPeriod", about.Period),
            ("aboutScope", about.Scope),
            ("aboutStandards", about.Standards),
            ("aboutDataSources", about.DataSources),
            ("aboutAssurance", about.Assurance),
        };
        var prevails = about.Prevails?[language]
            ?? (site.Languages.Count > 1 ? theme.Words.Word(language, "aboutPrevails", theme.Words.Strings[site.PrimaryLanguage]["languageName"]) : null);
        return new AboutView(
            facts.Where(f => f.Text is not null).Select(f => new AboutFactView(theme.Words.Word(language, f.Word), f.Text![language])).ToList(),
            site.ContactEmail,
            prevails);
    }
}

public sealed record AboutFactView(string Heading, string Text);

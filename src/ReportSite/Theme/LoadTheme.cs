using System.Security.Cryptography;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Localization;
using ReportSite.Yaml;

namespace ReportSite.Theme;

/// <summary>
/// Loads a theme's files (<see cref="ThemeFiles"/>: a report's own over the built-in ones): <c>layouts/</c>
/// and <c>partials/</c> (Scriban templates), <c>i18n/&lt;language&gt;.yml</c> (every word readers see) and
/// <c>assets/</c> (CSS, JS, icons). Messages name each file where it was found.
/// </summary>
public sealed class LoadTheme
{
    /// <summary>Layouts the build renders; a theme must provide each.</summary>
    public static readonly string[] RequiredLayouts = ["base", "entry", "home", "chapter", "feedback", "feedback-thanks", "standards", "about", "search", "not-found"];

    /// <summary>
    /// Words the generator itself writes into pages (the layouts' own words are checked by use), with an
    /// English example for the message when one is missing.
    /// </summary>
    public static readonly (string Key, string Example)[] RequiredWords =
    [
        ("languageName", "English"),
        ("ogLocale", "en_GB"),
        ("kpiYear", "\"{0}\""),
        ("kpiSource", "\"Source: {0}\""),
        ("trendUp", "\"Up {0} on {1}\""),
        ("trendDown", "\"Down {0} on {1}\""),
        ("trendLevel", "\"Level with {1}\""),
        ("percentagePoints", "\"{0} points\""),
        ("chartUnit", "\"Unit: {0}\""),
        ("chartTotal", "Total"),
        ("chartShowData", "Show the data"),
        ("chartDownloadData", "Download data (CSV)"),
        ("chartDownloadImage", "Download chart (SVG)"),
        ("chartYear", "Year"),
        ("chartCategory", "Category"),
        ("csvHeader", "\"{0} ({1})\""),
        ("labelValue", "\"{0}: {1}\""),
        ("listSeparator", "\"; \""),
        ("sentenceSeparator", "\". \""),
        ("scanWatch", "Scan to watch"),
        ("scanRead", "Scan to read"),
        ("scanListen", "Scan to listen"),
        ("scanLearn", "Scan to learn more"),
        ("openWatch", "Watch the video"),
        ("openRead", "Read it online"),
        ("openListen", "Listen now"),
        ("openLearn", "Find out more"),
        ("mediaDuration", "\"Running time {0}\""),
        ("shortLink", "\"Short link: {0}\""),
        ("shortLinkOpening", "\"Opening {0}\""),
        ("shortLinkFollow", "Follow this link:"),
        ("dateYear", "\"{0}\""),
        ("dateMonth", "\"{1} {0}\""),
        ("dateDay", "\"{3} {1} {0}\""),
        ("monthNames", "\"January February … December\""),
        ("aboutTitle", "About this report"),
        ("aboutHistory", "Our reporting"),
        ("aboutPeriod", "Reporting period"),
        ("aboutScope", "Scope"),
        ("aboutStandards", "Reporting standards"),
        ("aboutDataSources", "Data and reliability"),
        ("aboutAssurance", "Assurance"),
        ("aboutPrevails", "\"Where the editions differ, the {0} edition prevails.\""),
        ("omissionNotApplicable", "Not applicable"),
        ("omissionLegalProhibitions", "Legal prohibitions"),
        ("omissionConfidentiality", "Confidentiality constraints"),
        ("omissionInformationUnavailable", "Information unavailable or incomplete"),
        ("omissionNoReason", "No reason given"),
        ("feedbackTitle", "Feedback"),
        ("feedbackQuestionNumber", "\"Question {0}\""),
        ("feedbackThanksTitle", "Thank you for your feedback"),
        ("notFoundTitle", "Page not found"),
        ("feedbackMailSubject", "\"Reader feedback: {0}\""),
        ("feedbackRequired", "Please answer this question."),
        ("feedbackTooLong", "\"Please shorten your answer to {0} characters or fewer.\""),
        ("feedbackUnknownOption", "Please choose one of the options listed."),
        ("feedbackEmpty", "Please answer at least one question."),
        ("feedbackOutdated", "The form has changed; please reload the page."),
        ("feedbackProblemSummary", "Please check these answers:"),
        ("feedbackNotSent", "Your answers were not sent"),
        ("feedbackGoBack", "Use your browser's Back button to return to your answers."),
        ("feedbackBackToForm", "Back to the feedback form"),
        ("feedbackForbidden", "This form can only be sent from the report's website."),
        ("feedbackTooLarge", "Your answers are too long to send."),
        ("feedbackRateLimited", "Too many answers were sent from your network; please try again in a few minutes."),
        ("feedbackFailed", "Your answers could not be sent; please try again."),
        ("feedbackExportId", "Response"),
        ("feedbackExportReceived", "Received (UTC)"),
        ("feedbackExportEdition", "Edition"),
        ("feedbackExportClient", "Anonymous client code"),
        ("feedbackItemHeader", "\"{0} · {1}\""),
        ("feedbackSummaryTitle", "Reader feedback at a glance"),
        ("feedbackSummaryResponses", "\"Responses received: {0}\""),
        ("feedbackSummaryNone", "No responses have been received yet."),
        ("feedbackSummaryPeriod", "\"Sent between {0} and {1} (UTC)\""),
        ("feedbackSummaryByEdition", "\"By edition: {0}\""),
        ("feedbackSummaryAnswered", "\"Answered by {0}\""),
        ("feedbackSummaryAnswer", "Answer"),
        ("feedbackSummaryRating", "Rating"),
        ("feedbackSummaryCount", "Responses"),
        ("feedbackSummaryShare", "Share"),
        ("feedbackSummaryCountShare", "\"{0} ({1})\""),
        ("feedbackSummaryUnit", "responses"),
        ("feedbackSummaryMean", "\"Average score: {0} out of {1}\""),
        ("feedbackSummaryWritten", "\"Written answers: {0}\""),
        ("feedbackSummaryRetired", "\"{0} (no longer in the survey)\""),
        ("searchTitle", "Search"),
        ("searchLabel", "Search this report"),
        ("searchHint", "\"e.g. data centre energy\""),
        ("searchButton", "Search"),
        ("searchCount", "\"{0} places found\""),
        ("searchNone", "Nothing found; try fewer or other words."),
        ("searchFailed", "The search could not load; please reload the page."),
        ("searchNoScript", "Search works in the browser and needs JavaScript. Every chapter is also listed on the home page."),
    ];

    /// <summary>The section of a language file that says how numbers are written.</summary>
    private const string NumberSection = "number";

    private const string AssetsFolder = "assets";

    /// <summary>The theme's folder of font files for share images and chart pictures; not published.</summary>
    public const string FontsFolder = "fonts";

    /// <summary>Loads the folder <paramref name="themeDir"/>'s files over the built-in theme.</summary>
    public LoadedTheme? Run(string themeDir, SiteConfig site, DiagnosticBag diagnostics) =>
        Run(ThemeFiles.InFolder(themeDir).Over(ThemeFiles.BuiltIn), site, diagnostics);

    public LoadedTheme? Run(ThemeFiles files, SiteConfig site, DiagnosticBag diagnostics)
    {
        var templates = ThemeTemplates.Load(files, diagnostics);
        foreach (var layout in RequiredLayouts.Where(l => !templates.Has(l)))
        {
            diagnostics.Error(files.DisplayPath($"layouts/{layout}{ThemeTemplates.Extension}"), 0, "missing; the theme must provide this layout.");
        }
        var languages = LoadLanguageFiles(files, site, diagnostics);
        var assets = files.In(AssetsFolder, subfolders: true)
            .Select(file => new ThemeAsset(file.Path[(AssetsFolder.Length + 1)..], file, Version(file)))
            .ToList();
        return languages is null ? null : new LoadedTheme(templates, new Words(languages.Value.Strings, languages.Value.Numbers), assets)
        {
            Fonts = files.In(FontsFolder, subfolders: true).ToList(),
        };
    }

    /// <summary>Reads each <c>i18n/&lt;language&gt;.yml</c> once: its words, and its <c>number:</c> conventions.</summary>
    private static (Dictionary<string, IReadOnlyDictionary<string, string>> Strings, Dictionary<string, NumberLocale> Numbers)? LoadLanguageFiles(
        ThemeFiles files, SiteConfig site, DiagnosticBag diagnostics)
    {
        static string WordsOf(string language) => $"i18n/{language}.yml";
        var all = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        var numbers = new Dictionary<string, NumberLocale>();
        foreach (var language in site.Languages)
        {
            if (files.Find(WordsOf(language)) is not { } file)
            {
                var other = site.Languages.FirstOrDefault(l => files.Find(WordsOf(l)) is not null) ?? "en";
                diagnostics.Error(files.DisplayPath(WordsOf(language)), 0, $"missing: site.yml lists the language '{language}', so the theme needs its words. Copy another language's words (reportsite theme eject {WordsOf(other)}) to {files.DisplayPath(WordsOf(language))} and translate them.");
                continue;
            }
            var yaml = YamlSource.LoadMapping(file.ReadText(), file.DisplayPath, diagnostics);
            if (yaml is null) continue;
            all[language] = yaml.Keys.Where(k => k != NumberSection).ToDictionary(k => k, k => yaml.String(k) ?? "");
            numbers[language] = ReadNumberLocale.Run(yaml.Map(NumberSection));
        }
        if (all.Count != site.Languages.Count) return null;
        var missing = RequiredWords.Where(w => !all[site.PrimaryLanguage].ContainsKey(w.Key)).ToList();
        foreach (var (key, example) in missing)
        {
            diagnostics.Error(files.DisplayPath(WordsOf(site.PrimaryLanguage)), 0, $"'{key}' is missing; the generator shows this word to readers. Add a line such as '{key}: {example}' (written in {site.PrimaryLanguage}).");
        }
        if (missing.Count > 0) return null;

        // A word missing in one language shows in the primary language rather than as a blank.
        var primary = all[site.PrimaryLanguage];
        foreach (var language in site.Languages.Skip(1))
        {
            var strings = new Dictionary<string, string>(all[language]);
            foreach (var key in primary.Keys.Where(k => !strings.ContainsKey(k)))
            {
                diagnostics.Warning(files.DisplayPath(WordsOf(language)), 0, $"'{key}' is not translated; readers of the {language} edition see the {site.PrimaryLanguage} text '{primary[key]}'. Add '{key}: …'.");
                strings[key] = primary[key];
            }
            all[language] = strings;
        }
        return (all, numbers);
    }

    private static string Version(ThemeFile file)
    {
        using var stream = file.Open();
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..10];
    }
}

using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Feedback;
using ReportSite.Theme;

namespace ReportSite.SurveyResults;

/// <summary>
/// Where the feedback commands read: the collector's database, the report folder (site.yml and
/// data/feedback.yml), a folder of theme files for its words (null: the built-in theme with the report's own
/// theme/ folder over it), and the language to write in (null for the site's first).
/// </summary>
public sealed record FeedbackReadOptions(string Database, string SiteDir, string? ThemeDir, string? Language = null)
{
    /// <summary>Why <paramref name="outputPath"/> cannot be written, or null: it must never be the database itself.</summary>
    public string? Problem(string outputPath) =>
        Path.GetFullPath(outputPath) == Path.GetFullPath(Database)
            ? $"'{outputPath}' is the feedback database; writing there would destroy the responses. Choose another file name."
            : null;
}

/// <summary>The stored responses with the survey they answer, the theme's words and the language chosen.</summary>
public sealed record FeedbackResponses(SiteConfig Site, FeedbackForm Form, LoadedTheme Theme, string Language, IReadOnlyList<StoredResponse> Responses);

/// <summary>
/// Reads what the feedback export and summary need, reporting every problem for the author (a missing
/// database, a survey with errors, a language the report does not have) before giving up.
/// </summary>
public sealed class LoadFeedbackResponses
{
    /// <summary>The file name diagnostics give for problems with the command's own options.</summary>
    public const string Command = "reportsite";

    public FeedbackResponses? Run(FeedbackReadOptions options, DiagnosticBag diagnostics)
    {
        if (!File.Exists(options.Database))
        {
            diagnostics.Error(Command, 0, $"no feedback database at '{options.Database}'; pass the file the collector was started with (--db).");
        }
        var survey = new LoadSurvey().Run(options.SiteDir, options.ThemeDir, diagnostics);
        if (survey is null) return null;
        var language = options.Language ?? survey.Site.PrimaryLanguage;
        if (!survey.Site.Languages.Contains(language))
        {
            diagnostics.Error(Command, 0, $"the report has no language '{language}'{Suggest.DidYouMean(language, survey.Site.Languages)}; pass --lang with one of {string.Join(", ", survey.Site.Languages)}.");
        }
        if (diagnostics.HasErrors) return null;
        var responses = Read(options.Database, diagnostics);
        return responses is null ? null : new FeedbackResponses(survey.Site, survey.Form, survey.Theme, language, responses);
    }

    private static IReadOnlyList<StoredResponse>? Read(string path, DiagnosticBag diagnostics)
    {
        try
        {
            using var database = FeedbackDatabase.Open(path, create: false);
            return database.ReadAll();
        }
        catch (Exception e) when (e is SqliteException or JsonException or FormatException or IOException or InvalidDataException)
        {
            diagnostics.Error(path, 0, $"cannot be read as a feedback database ({e.Message}); pass the file the collector was started with (--db).");
            return null;
        }
    }
}

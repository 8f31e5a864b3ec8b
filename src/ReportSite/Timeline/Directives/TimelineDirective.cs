using System.Net;
using ReportSite.Diagnostics;
using ReportSite.Markdown.Directives;

namespace ReportSite.Timeline.Directives;

/// <summary>
/// <c>::timeline{id=milestones}</c>: the milestones as an ordered list, each with a machine-readable
/// <c>&lt;time&gt;</c> written the language's way ("1998年11月", "November 1998"). The line and dots are CSS.
/// </summary>
public sealed class TimelineDirective(IReadOnlyList<Timeline> timelines, Theme.Theme theme) : IDirective
{
    public string Name => "timeline";

    public IEnumerable<string> Validate(Directive directive)
    {
        var unknown = directive.UnknownAttributes("id").ToList();
        if (unknown.Count > 0) return unknown;
        if (directive["id"] is not { } id) return ["say which timeline to show, e.g. ::timeline{id=milestones}."];
        return timelines.Any(t => t.Id == id) ? [] : [Suggest.UnknownId("timeline", id, timelines.Select(t => t.Id).ToList(), LoadTimelines.FileName)];
    }

    public void Render(Directive directive, DirectiveContext context, TextWriter html)
    {
        var language = context.Language;
        var timeline = timelines.First(t => t.Id == directive["id"]);
        var label = timeline.Title is { } title ? $" aria-label=\"{Encode(title[language])}\"" : "";
        html.Write($"<ol class=\"timeline\"{label}>\n");
        int? previousYear = null;
        foreach (var milestone in timeline.Events)
        {
            var newYear = milestone.Year != previousYear;
            previousYear = milestone.Year;
            html.Write($"<li class=\"timeline__event{(newYear ? " timeline__event--year" : "")}\">");
            html.Write($"<time class=\"timeline__date\" datetime=\"{milestone.Date}\">{Encode(Date(milestone, language))}</time>");
            html.Write($"<p class=\"timeline__title\">{Encode(milestone.Title[language])}</p>");
            if (milestone.Text is { } text) html.Write($"<p class=\"timeline__text\">{Encode(text[language])}</p>");
            html.Write("</li>\n");
        }
        html.Write("</ol>\n");
    }

    /// <summary>The date as precise as it was written, in the theme's patterns: {0} year, {1} month name, {2} month, {3} day.</summary>
    private string Date(Milestone milestone, string language)
    {
        var key = milestone.Day is not null ? "dateDay" : milestone.Month is not null ? "dateMonth" : "dateYear";
        var month = milestone.Month ?? 1;
        var monthName = theme.Word(language, "monthNames").Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(month - 1) ?? month.ToString();
        return theme.Word(language, key, milestone.Year, monthName, month, milestone.Day ?? 1);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

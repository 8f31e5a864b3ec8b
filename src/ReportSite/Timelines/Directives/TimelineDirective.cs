using System.Globalization;
using ReportSite.Diagnostics;
using ReportSite.Localization;
using ReportSite.Markdown.Directives;
using ReportSite.Theme;

namespace ReportSite.Timelines.Directives;

/// <summary>
/// <c>::timeline{id=milestones}</c>: the milestones as an ordered list, each with a machine-readable
/// <c>&lt;time&gt;</c> written the language's way ("1998年11月", "November 1998"), laid out by the theme's
/// <c>partials/timeline.html</c>. The line and dots are CSS.
/// </summary>
public sealed class TimelineDirective(IReadOnlyList<Timeline> timelines, ThemeTemplates templates, Words words) : IDirective
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
        var years = timeline.Events.Select(m => (int?)m.Year).Prepend(null).ToList();
        var events = timeline.Events.Select((milestone, i) => new MilestoneView(
            milestone.Year != years[i], milestone.Date, Date(milestone, language), milestone.Title[language], milestone.Text?[language])).ToList();
        html.Write(templates.RenderPartial("timeline", new TimelineView(timeline.Title?[language], events)).Html);
    }

    /// <summary>The date as precise as it was written, in the theme's patterns: {0} year, {1} month name, {2} month, {3} day.</summary>
    private string Date(Milestone milestone, string language)
    {
        var key = milestone.Day is not null ? "dateDay" : milestone.Month is not null ? "dateMonth" : "dateYear";
        var month = milestone.Month ?? 1;
        var monthName = words.Word(language, "monthNames").Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(month - 1) ?? month.ToString(CultureInfo.InvariantCulture);
        return words.Word(language, key, milestone.Year, monthName, month, milestone.Day ?? 1);
    }
}

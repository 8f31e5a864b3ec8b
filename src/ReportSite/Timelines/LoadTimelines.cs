using System.Globalization;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Yaml;

namespace ReportSite.Timelines;

/// <summary>Reads <c>data/timeline.yml</c>: each timeline's milestones, checked for real dates in order.</summary>
public sealed class LoadTimelines
{
    public const string FileName = "data/timeline.yml";

    private static readonly string[] Formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    public IReadOnlyList<Timeline> Run(string inputDir, SiteConfig site, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDir, FileName);
        if (!File.Exists(path)) return [];
        var yaml = YamlSource.LoadMapping(File.ReadAllText(path), FileName, diagnostics);
        if (yaml is null) return [];
        yaml.WarnUnknownKeys(["timelines", LoadChapters.TranslatedFromKey], "top-level key");
        var timelines = new List<Timeline>();
        foreach (var entry in yaml.MapList("timelines"))
        {
            entry.WarnUnknownKeys(["id", "title", "events"], "timeline setting");
            var id = entry.String("id", required: true, hint: "add 'id: milestones'; chapters place it with ::timeline{id=milestones}");
            var title = entry.Text("title", site.Languages);
            var events = entry.MapList("events").Select(e => Event(e, site.Languages)).ToList();
            if (events.Count == 0) entry.Error(entry.Node("events"), "the timeline has no events; add 'events:', each with a 'date' and a 'title'.");
            if (id is null || events.Any(e => e is null) || events.Count == 0) continue;
            if (timelines.Any(t => t.Id == id))
            {
                entry.Error(entry.Node("id"), $"timeline '{id}' is defined twice; give each timeline its own id.");
                continue;
            }
            var ordered = events.OfType<(Milestone Milestone, int Line)>().ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (string.CompareOrdinal(ordered[i].Milestone.Date, ordered[i - 1].Milestone.Date[..Math.Min(ordered[i - 1].Milestone.Date.Length, ordered[i].Milestone.Date.Length)]) < 0)
                {
                    diagnostics.Error(FileName, ordered[i].Line, $"{ordered[i].Milestone.Date} comes before {ordered[i - 1].Milestone.Date} above it; list the events from the earliest to the latest.");
                }
            }
            timelines.Add(new Timeline(id, title, ordered.Select(e => e.Milestone).ToList()));
        }
        return timelines;
    }

    private static (Milestone, int)? Event(YamlMap entry, IReadOnlyList<string> languages)
    {
        entry.WarnUnknownKeys(["date", "title", "text"], "event setting");
        var date = entry.String("date", required: true, hint: "add 'date: \"1998-11\"' (a year, year-month or full date, in quotes)");
        if (date is not null && !DateTime.TryParseExact(date, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            entry.Error(entry.Node("date"), $"'{date}' is not a date; write the year, the year and month or the full date as \"1998\", \"1998-11\" or \"1998-11-11\", in quotes.");
            date = null;
        }
        var title = entry.Text("title", languages, required: true);
        var text = entry.Text("text", languages);
        return date is null || title is null ? null : (new Milestone(date, title, text), entry.Line);
    }
}

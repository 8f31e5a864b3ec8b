using System.Reflection;
using System.Text;
using ReportSite.Charts.Directives;
using ReportSite.Collector;
using ReportSite.Html;
using ReportSite.Kpis.Directives;
using ReportSite.Layout;
using ReportSite.Media;
using ReportSite.Media.Directives;
using ReportSite.SurveyResults;
using ReportSite.Tests.Support;
using ReportSite.Theme;
using ReportSite.Timelines.Directives;

namespace ReportSite.Tests.Theme;

/// <summary>
/// The README's list of theme templates and the fields of their models is made from the view models
/// themselves, so it cannot go stale: on a mismatch the test prints the expected text, and
/// <c>REPORTSITE_ACCEPT_README=1</c> writes it into the README between the markers.
/// </summary>
public sealed class ThemeModelsTests
{
    private const string Start = "<!-- theme-models: generated from the view models by ThemeModelsTests; REPORTSITE_ACCEPT_README=1 rewrites it -->";
    private const string End = "<!-- /theme-models -->";

    /// <summary>Every template of the default theme: when it is used, and the model it gets.</summary>
    private static readonly (string Template, string UsedFor, Type Model)[] Templates =
    [
        ("layouts/base.html", "every page of the site, around the page's own layout (`content`)", typeof(PageView)),
        ("layouts/entry.html", "the language entry page at the site's root", typeof(PageView)),
        ("layouts/home.html", "each language's home page", typeof(PageView)),
        ("layouts/chapter.html", "each chapter", typeof(PageView)),
        ("layouts/standards.html", "each standards index (GRI, HKEX ESG)", typeof(PageView)),
        ("layouts/about.html", "about this report", typeof(PageView)),
        ("layouts/data.html", "the performance data page (every KPI by year, with the downloads)", typeof(PageView)),
        ("layouts/search.html", "the search page", typeof(PageView)),
        ("layouts/feedback.html", "the reader survey", typeof(PageView)),
        ("layouts/feedback-thanks.html", "the thank-you page after the survey", typeof(PageView)),
        ("layouts/not-found.html", "the page the host shows for an unknown address", typeof(PageView)),
        ("layouts/redirect.html", "each short link `s/<id>/` of a \"scan to watch\" code", typeof(RedirectView)),
        ("layouts/feedback-summary.html", "`reportsite feedback summary --html`, for the report's team", typeof(FeedbackSummaryView)),
        ("layouts/collector-reply.html", "the feedback collector's reply when answers posted without script are not stored", typeof(CollectorReplyView)),
        ("partials/header.html", "included by `base`", typeof(PageView)),
        ("partials/footer.html", "included by `base`", typeof(PageView)),
        ("partials/language-switch.html", "included by `header`", typeof(PageView)),
        ("partials/chapter-nav.html", "included by `chapter`", typeof(PageView)),
        ("partials/kpi-cards.html", "`::kpis` in a chapter, and the home page's highlights", typeof(KpiCardsView)),
        ("partials/kpi-figure.html", "`:kpi[id]` inside a sentence", typeof(KpiFigureView)),
        ("partials/chart.html", "`::chart` (around the generated SVG drawings)", typeof(ChartView)),
        ("partials/scan-card.html", "`::scan`", typeof(ScanCardView)),
        ("partials/timeline.html", "`::timeline`", typeof(TimelineView)),
    ];

    [Fact]
    public void Every_template_of_the_default_theme_is_listed()
    {
        var files = new[] { "layouts", "partials" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Repo.Theme, folder), "*" + ThemeTemplates.Extension).Select(f => $"{folder}/{Path.GetFileName(f)}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, Templates.Select(t => t.Template).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_readme_lists_each_template_and_the_fields_of_its_model()
    {
        var path = Path.Combine(Repo.Root, "README.md");
        var readme = File.ReadAllText(path).Replace("\r\n", "\n");
        var from = readme.IndexOf(Start, StringComparison.Ordinal);
        var to = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"README.md needs the markers\n{Start}\n{End}\nin its section \"## The theme\".");
        var expected = Start + "\n" + Expected() + End;
        var actual = readme[from..(to + End.Length)];
        if (actual == expected) return;
        if (Environment.GetEnvironmentVariable("REPORTSITE_ACCEPT_README") == "1")
        {
            File.WriteAllText(path, readme[..from] + expected + readme[(to + End.Length)..]);
            return;
        }
        Assert.Fail($"The README's list of templates is out of date; run with REPORTSITE_ACCEPT_README=1, or paste:\n\n{expected}");
    }

    /// <summary>The table of templates, then each model's fields, nested models after the models that use them.</summary>
    private static string Expected()
    {
        var text = new StringBuilder("| template | used for | model |\n| --- | --- | --- |\n");
        foreach (var (template, usedFor, model) in Templates) text.Append($"| `{template}` | {usedFor} | {model.Name} |\n");
        text.Append('\n');
        var listed = new HashSet<Type>();
        var queue = new Queue<Type>(Templates.Select(t => t.Model).Distinct());
        while (queue.TryDequeue(out var type))
        {
            if (!listed.Add(type)) continue;
            var fields = Fields(type).ToList();
            text.Append($"**{type.Name}**: {string.Join(", ", fields.Select(f => $"`{f.Name}` ({f.Kind})"))}\n\n");
            foreach (var nested in fields.SelectMany(f => f.Models)) queue.Enqueue(nested);
        }
        return text.ToString();
    }

    private static IEnumerable<(string Name, string Kind, IEnumerable<Type> Models)> Fields(Type type)
    {
        var nullability = new NullabilityInfoContext();
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.GetIndexParameters().Length == 0))
        {
            var optional = nullability.Create(property).ReadState == NullabilityState.Nullable;
            var (kind, models) = Kind(property.PropertyType);
            yield return (MarkupContext.Rename(property), kind + (optional ? ", or empty" : ""), models);
        }
    }

    /// <summary>A field's type in a designer's words, and the view models it holds.</summary>
    private static (string Kind, IEnumerable<Type> Models) Kind(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return ("text", []);
        if (type == typeof(bool)) return ("yes/no", []);
        if (type == typeof(int) || type == typeof(decimal)) return ("number", []);
        if (type == typeof(Markup)) return ("markup", []);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)) return ("words by name", []);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var (item, models) = Kind(type.GetGenericArguments()[0]);
            return ($"list of {item}", models);
        }
        if (ViewModelAccessor.For(type) is not null) return (type.Name, [type]);
        throw new InvalidOperationException($"{type} is not a type templates know; give the view model text, numbers, yes/no, markup, lists or other view models.");
    }
}

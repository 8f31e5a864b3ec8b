using System.Text.RegularExpressions;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Localization;
using ReportSite.Yaml;

namespace ReportSite.Feedback;

/// <summary>
/// Reads <c>data/feedback.yml</c>, the reader survey, checking every question with file and line.
/// Returns null when the report has no survey (no feedback page is built) or when the file has errors.
/// </summary>
public sealed partial class LoadFeedbackForm
{
    public const string FileName = "data/feedback.yml";

    private const int DefaultMaxLength = 2000;

    private static readonly Dictionary<string, QuestionKind> Kinds = new()
    {
        ["single"] = QuestionKind.Single,
        ["multi"] = QuestionKind.Multi,
        ["scale"] = QuestionKind.Scale,
        ["text"] = QuestionKind.Text,
    };

    public FeedbackForm? Run(string inputDir, SiteConfig site, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDir, FileName);
        if (!File.Exists(path)) return null;
        var yaml = YamlSource.LoadMapping(File.ReadAllText(path), FileName, diagnostics);
        if (yaml is null) return null;
        var errorsBefore = diagnostics.ErrorCount;
        yaml.WarnUnknownKeys(["intro", "privacy", "thanks", "questions", LoadChapters.TranslatedFromKey], "top-level key");
        var intro = yaml.Text("intro", site.Languages);
        var privacy = yaml.Text("privacy", site.Languages, required: true);
        var thanks = yaml.Text("thanks", site.Languages, required: true);
        var questions = new List<FeedbackQuestion>();
        foreach (var entry in yaml.MapList("questions"))
        {
            if (Question(entry, site.Languages) is not { } question) continue;
            if (questions.FirstOrDefault(q => q.Id == question.Id) is { } first)
            {
                entry.Error(entry.Node("id"), $"question '{question.Id}' is defined twice (first at {FileName}:{first.Line}); give each question its own id.");
                continue;
            }
            questions.Add(question);
        }
        if (questions.Count == 0 && diagnostics.ErrorCount == errorsBefore)
        {
            yaml.Error(yaml.Node("questions"), "the survey has no questions; add a 'questions:' list, or delete data/feedback.yml to publish the report without a feedback page.");
        }
        CheckSize(yaml, questions, site.Languages);
        if (site.FeedbackEndpoint is null && site.ContactEmail is null)
        {
            yaml.Error(null, "the survey has nowhere to send answers: in site.yml set 'feedback: { endpoint: https://…/responses }' for the collector, or 'contact: { email: … }' to receive answers by e-mail.");
        }
        if (diagnostics.ErrorCount > errorsBefore || privacy is null || thanks is null) return null;
        return new FeedbackForm { Questions = questions, Intro = intro, Privacy = privacy, Thanks = thanks };
    }

    private static FeedbackQuestion? Question(YamlMap entry, IReadOnlyList<string> languages)
    {
        entry.WarnUnknownKeys(["id", "kind", "label", "hint", "required", "options", "levels", "items", "maxLength"], "question setting");
        var id = Id(entry, "question", "add 'id: short-name'; it names the answer in exports");
        if (id is FeedbackForm.LanguageField or FeedbackForm.HoneypotField)
        {
            entry.Error(entry.Node("id"), $"'{id}' is a field the form uses itself; give the question another id.");
            id = null;
        }
        var kind = entry.Keyword("kind", Kinds, "kind");
        var label = entry.Text("label", languages, required: true);
        var hint = entry.Text("hint", languages);
        var required = entry.Bool("required") ?? false;
        var options = kind is QuestionKind.Single or QuestionKind.Multi ? Options(entry, languages) : [];
        var items = kind is QuestionKind.Scale ? Items(entry, languages) : [];
        var maxLength = entry.Int("maxLength");
        if (maxLength is < 1) entry.Error(entry.Node("maxLength"), $"maxLength must be at least 1, not {maxLength}.");
        if (kind is not null) CheckKeysFit(entry, kind.Value);
        if (id is null || kind is null || label is null) return null;
        return new FeedbackQuestion
        {
            Id = id,
            Kind = kind.Value,
            Label = label,
            Hint = hint,
            Required = required,
            Options = options,
            Items = items,
            MaxLength = kind == QuestionKind.Text ? maxLength ?? DefaultMaxLength : 0,
            Line = entry.Line,
        };
    }

    /// <summary>Settings that belong to another kind are mistakes, not things to ignore quietly.</summary>
    private static void CheckKeysFit(YamlMap entry, QuestionKind kind)
    {
        var allowed = kind switch
        {
            QuestionKind.Single or QuestionKind.Multi => "options",
            QuestionKind.Scale => "items",
            _ => "maxLength",
        };
        foreach (var key in new[] { "options", "items", "maxLength" }.Where(k => k != allowed && entry.Node(k) is not null))
        {
            entry.Error(entry.Node(key), $"'{key}' does not apply to a {kind.ToString().ToLowerInvariant()} question; {kind switch
            {
                QuestionKind.Single or QuestionKind.Multi => "list the choices under 'options'",
                QuestionKind.Scale => "list the things to rate under 'items', with 'levels'",
                _ => "a text question takes only 'maxLength'",
            }}.");
        }
        if (kind != QuestionKind.Scale && entry.Node("levels") is not null)
        {
            entry.Error(entry.Node("levels"), "'levels' only applies to a scale question.");
        }
    }

    private static IReadOnlyList<FeedbackOption> Options(YamlMap entry, IReadOnlyList<string> languages)
    {
        var options = new List<FeedbackOption>();
        var list = entry.MapList("options");
        foreach (var item in list)
        {
            item.WarnUnknownKeys(["id", "label"], "option setting");
            var id = Id(item, "option", "add 'id: short-name'; it is what exports record");
            var label = item.Text("label", languages, required: true);
            if (id is null || label is null) continue;
            if (options.Any(o => o.Id == id)) item.Error(item.Node("id"), $"option '{id}' is listed twice in this question.");
            else options.Add(new FeedbackOption(id, label));
        }
        if (list.Count < 2)
        {
            entry.Error(entry.Node("options"), "a choice question needs at least two 'options', each with an 'id' and a 'label'.");
        }
        return options;
    }

    private static IReadOnlyList<ScaleItem> Items(YamlMap entry, IReadOnlyList<string> languages)
    {
        var shared = entry.Node("levels") is null ? null : Levels(entry, languages);
        var list = entry.MapList("items");
        if (list.Count == 0) entry.Error(entry.Node("items"), "a scale question needs 'items': the things to rate, each with an 'id' and a 'label'.");
        var items = new List<ScaleItem>();
        foreach (var item in list)
        {
            item.WarnUnknownKeys(["id", "label", "levels"], "item setting");
            var id = Id(item, "item", "add 'id: short-name'; it names the rating in exports");
            var label = item.Text("label", languages, required: true);
            var levels = item.Node("levels") is null ? shared : Levels(item, languages);
            if (levels is null && item.Node("levels") is null && entry.Node("levels") is null)
            {
                item.Error(null, "no 'levels' for this item; list them best first under the item or once under the question.");
            }
            if (id is null || label is null || levels is null) continue;
            if (items.Any(i => i.Id == id)) item.Error(item.Node("id"), $"item '{id}' is listed twice in this question.");
            else items.Add(new ScaleItem(id, label, levels));
        }
        return items;
    }

    private static IReadOnlyList<LocalizedText>? Levels(YamlMap map, IReadOnlyList<string> languages)
    {
        if (map.Node("levels") is not YamlDotNet.RepresentationModel.YamlSequenceNode sequence || sequence.Children.Count is < 2 or > 11)
        {
            map.Error(map.Node("levels"), "'levels' must list from 2 to 11 answers, best first, e.g. '- { zh-CN: 很好, en: Very good }'.");
            return null;
        }
        var levels = sequence.Children.Select((node, i) => map.TextOf(node, $"level {i + 1} of 'levels'", languages)).ToList();
        return levels.Any(l => l is null) ? null : levels.OfType<LocalizedText>().ToList();
    }

    private static string? Id(YamlMap map, string what, string hint)
    {
        var id = map.String("id", required: true, hint: hint);
        if (id is null || IdPattern().IsMatch(id)) return id;
        map.Error(map.Node("id"), $"{what} id '{id}' must be 1 to 32 lower-case letters, digits and '-', starting with a letter (e.g. 'reader-role').");
        return null;
    }

    /// <summary>The collector takes a body as large as the longest possible answers, up to a ceiling.</summary>
    private static void CheckSize(YamlMap yaml, IReadOnlyList<FeedbackQuestion> questions, IReadOnlyList<string> languages)
    {
        var limit = SubmissionSize.Limit(questions, languages);
        if (limit <= SubmissionSize.Ceiling) return;
        var longest = questions.Where(q => q.Kind == QuestionKind.Text).MaxBy(q => q.MaxLength);
        yaml.Error(yaml.Node("questions"),
            $"the longest possible answers need {limit:N0} bytes in one submission, more than the {SubmissionSize.Ceiling:N0} the collector takes; lower 'maxLength'{(longest is null ? "" : $" of '{longest.Id}' (line {longest.Line})")} or ask fewer questions.");
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$")]
    private static partial Regex IdPattern();
}

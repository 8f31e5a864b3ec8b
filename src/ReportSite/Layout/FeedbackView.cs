using System.Globalization;
using ReportSite.Content;
using ReportSite.Feedback;

namespace ReportSite.Layout;

/// <summary>
/// The survey as the feedback templates see it, in one language. With an endpoint the form posts
/// there; without one it becomes a prepared e-mail to the report's contact address.
/// </summary>
public sealed record FeedbackView
{
    public required string Action { get; init; }
    public required string Enctype { get; init; }
    /// <summary>Set when answers go by e-mail rather than to the collector.</summary>
    public string? Email { get; init; }
    public string? Intro { get; init; }
    public required string Privacy { get; init; }
    public required string Thanks { get; init; }
    public required string LanguageField { get; init; }
    public required string HoneypotField { get; init; }
    public required IReadOnlyList<QuestionView> Questions { get; init; }

    public static FeedbackView Of(FeedbackForm form, SiteConfig site, string language, string subject)
    {
        var email = site.FeedbackEndpoint is null ? site.ContactEmail : null;
        return new FeedbackView
        {
            Action = email is null ? site.FeedbackEndpoint! : $"mailto:{email}?subject={Uri.EscapeDataString(subject)}",
            Enctype = email is null ? "multipart/form-data" : "text/plain",
            Email = email,
            Intro = form.Intro?[language],
            Privacy = form.Privacy[language],
            Thanks = form.Thanks[language],
            LanguageField = FeedbackForm.LanguageField,
            HoneypotField = FeedbackForm.HoneypotField,
            Questions = form.Questions.Select((q, i) => Question(q, i + 1, language)).ToList(),
        };
    }

    private static QuestionView Question(FeedbackQuestion question, int number, string language)
    {
        var id = "q-" + question.Id;
        return new QuestionView
        {
            Id = id,
            Field = question.Id,
            Number = number,
            Label = question.Label[language],
            Hint = question.Hint?[language],
            Required = question.Required,
            Kind = question.Kind.ToString().ToLowerInvariant(),
            InputType = question.Kind == QuestionKind.Multi ? "checkbox" : "radio",
            Options = question.Options.Select(o => new ChoiceView($"{id}-{o.Id}", o.Id, o.Label[language])).ToList(),
            Items = question.Items.Select(item => new ScaleItemView(
                $"{id}-{item.Id}",
                question.ItemField(item),
                item.Label[language],
                item.Levels.Select((level, position) =>
                {
                    var score = item.Score(position).ToString(CultureInfo.InvariantCulture);
                    return new ChoiceView($"{id}-{item.Id}-{score}", score, level[language]);
                }).ToList())).ToList(),
            MaxLength = question.MaxLength,
        };
    }
}

public sealed record QuestionView
{
    /// <summary>The element id of the question's fieldset or text box; "q-" and the question id.</summary>
    public required string Id { get; init; }
    public required string Field { get; init; }
    public required int Number { get; init; }
    public required string Label { get; init; }
    public string? Hint { get; init; }
    public bool Required { get; init; }
    /// <summary>
    /// Whether the browser itself can insist on an answer (so the form checks it without script): true
    /// for required radio groups and text, false for check boxes, where 'required' means every box.
    /// </summary>
    public bool NativeRequired => Required && Kind != "multi";
    /// <summary>single, multi, scale or text.</summary>
    public required string Kind { get; init; }
    public bool IsChoice => Kind is "single" or "multi";
    public bool IsScale => Kind == "scale";
    public bool IsText => Kind == "text";
    /// <summary>
    /// Whether the options sit in one row of equal widths, as a scale's levels do: a single choice of at
    /// most <see cref="RowOptions"/> options, which is a rating in all but name (很好 … 很差) or a short
    /// yes-or-no, so every scale on the form is laid out alike.
    /// </summary>
    public bool IsRow => Kind == "single" && Options.Count <= RowOptions;
    public const int RowOptions = 5;
    public required string InputType { get; init; }
    public required IReadOnlyList<ChoiceView> Options { get; init; }
    public required IReadOnlyList<ScaleItemView> Items { get; init; }
    public int MaxLength { get; init; }
}

public sealed record ChoiceView(string Id, string Value, string Label);

public sealed record ScaleItemView(string Id, string Field, string Label, IReadOnlyList<ChoiceView> Levels);

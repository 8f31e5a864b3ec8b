using ReportSite.Localization;

namespace ReportSite.Feedback;

/// <summary>What a question asks for, which decides its controls and how its answers are checked.</summary>
public enum QuestionKind
{
    /// <summary>Pick one option (radio buttons).</summary>
    Single,

    /// <summary>Pick any number of options (check boxes).</summary>
    Multi,

    /// <summary>Rate one or more items on a labelled scale, one choice per item.</summary>
    Scale,

    /// <summary>Write freely, up to a length.</summary>
    Text,
}

/// <summary>
/// The reader survey from <c>data/feedback.yml</c>. The site renders it as a form and the collector
/// checks every submission against the same definition, so the two never disagree.
/// </summary>
public sealed record FeedbackForm
{
    /// <summary>The hidden field that says which edition the answers came from.</summary>
    public const string LanguageField = "lang";

    /// <summary>A field people never see or fill in; a value in it means a robot sent the form.</summary>
    public const string HoneypotField = "website";

    public required IReadOnlyList<FeedbackQuestion> Questions { get; init; }

    /// <summary>The invitation above the questions.</summary>
    public LocalizedText? Intro { get; init; }

    /// <summary>What is collected and why, shown next to the send button.</summary>
    public required LocalizedText Privacy { get; init; }

    /// <summary>The message a reader sees after sending.</summary>
    public required LocalizedText Thanks { get; init; }

    /// <summary>Every field name a submission may carry for the questions, in form order.</summary>
    public IEnumerable<string> AnswerFields => Questions.SelectMany(q => q.Fields);
}

/// <summary>One question; choice questions have options, scale questions have items to rate.</summary>
public sealed record FeedbackQuestion
{
    public required string Id { get; init; }

    public required QuestionKind Kind { get; init; }

    public required LocalizedText Label { get; init; }

    public LocalizedText? Hint { get; init; }

    public bool Required { get; init; }

    public IReadOnlyList<FeedbackOption> Options { get; init; } = [];

    public IReadOnlyList<ScaleItem> Items { get; init; } = [];

    /// <summary>For text questions: the most characters accepted.</summary>
    public int MaxLength { get; init; }

    public int Line { get; init; }

    /// <summary>The form field names this question posts: its id, or "id.item" per rated item.</summary>
    public IEnumerable<string> Fields => Kind == QuestionKind.Scale ? Items.Select(i => ItemField(i)) : [Id];

    public string ItemField(ScaleItem item) => $"{Id}.{item.Id}";
}

/// <summary>One choice; its id is what is posted and stored, its label what readers see.</summary>
public sealed record FeedbackOption(string Id, LocalizedText Label);

/// <summary>
/// One thing to rate on a scale. Levels are listed best first, as printed; the first of n levels
/// is posted and stored as score n, the last as 1.
/// </summary>
public sealed record ScaleItem(string Id, LocalizedText Label, IReadOnlyList<LocalizedText> Levels)
{
    public int Score(int position) => Levels.Count - position;

    public LocalizedText? LevelForScore(int score) => score >= 1 && score <= Levels.Count ? Levels[Levels.Count - score] : null;
}

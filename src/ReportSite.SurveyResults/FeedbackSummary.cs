using ReportSite.Feedback;
using ReportSite.Localization;

namespace ReportSite.SurveyResults;

/// <summary>
/// The survey's answers counted, in no language yet: how many responses, when and from which edition,
/// and per question how often each option or level was chosen. Exports and pages write it out.
/// </summary>
public sealed record FeedbackSummary
{
    public required int Responses { get; init; }

    /// <summary>When the first and the last response arrived; null when there are none.</summary>
    public DateTimeOffset? First { get; init; }

    public DateTimeOffset? Last { get; init; }

    /// <summary>Responses per edition language, the site's languages first (even at zero), then any others.</summary>
    public required IReadOnlyList<EditionCount> PerLanguage { get; init; }

    /// <summary>One entry per question, in form order.</summary>
    public required IReadOnlyList<QuestionSummary> Questions { get; init; }
}

/// <summary>How many responses came from one language edition.</summary>
public sealed record EditionCount(string Language, int Count);

/// <summary>
/// One question's answers. <see cref="Answered"/> counts responses with any answer to it, the base of
/// every share. Choice questions fill <see cref="Choices"/>, scale questions <see cref="Items"/>, text
/// questions <see cref="Texts"/>.
/// </summary>
public sealed record QuestionSummary(FeedbackQuestion Question, int Answered)
{
    public IReadOnlyList<Tally> Choices { get; init; } = [];

    public IReadOnlyList<ItemSummary> Items { get; init; } = [];

    public IReadOnlyList<TextAnswer> Texts { get; init; } = [];
}

/// <summary>
/// How many responses chose one option or level. <see cref="Label"/> is null for a value the current
/// survey does not know (an option since removed): <see cref="Value"/> is then all there is to show.
/// </summary>
public sealed record Tally(string Value, LocalizedText? Label, int Count)
{
    /// <summary>The label in <paramref name="language"/>, or the stored value when the survey no longer has it.</summary>
    public string Text(string language) => Label?[language] ?? Value;
}

/// <summary>
/// One rated item: the count per level, best first as printed, and the average score (levels count n
/// down to 1) over the answers that fit the scale; null when no one rated it.
/// </summary>
public sealed record ItemSummary(ScaleItem Item, int Answered, IReadOnlyList<Tally> Levels, decimal? Mean);

/// <summary>A written answer with where it came from, in the order received.</summary>
public sealed record TextAnswer(long ResponseId, DateTimeOffset Received, string Language, string Text);

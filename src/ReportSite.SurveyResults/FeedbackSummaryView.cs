using ReportSite.Html;

namespace ReportSite.SurveyResults;

/// <summary>The feedback summary page (<c>reportsite feedback summary --html</c>), for <c>layouts/feedback-summary.html</c>; every text in one language.</summary>
/// <param name="Lang">The page's language.</param>
/// <param name="Title">"Reader feedback at a glance".</param>
/// <param name="Report">The report's title.</param>
/// <param name="Total">How many responses came, or that none did.</param>
/// <param name="Period">From when to when they came (UTC), or null when none did.</param>
/// <param name="ByEdition">How many came from each language edition, or null when none did.</param>
/// <param name="Questions">Every question of the survey, in order.</param>
/// <param name="T">The page's words.</param>
public sealed record FeedbackSummaryView(
    string Lang,
    string Title,
    string Report,
    string Total,
    string? Period,
    string? ByEdition,
    IReadOnlyList<SummaryQuestionView> Questions,
    IReadOnlyDictionary<string, string> T);

/// <summary>One question's answers.</summary>
/// <param name="Id">The heading's anchor: <c>q-</c> and the question's id.</param>
/// <param name="Number">"Question 4".</param>
/// <param name="Label">The question as readers saw it.</param>
/// <param name="Parts">What was answered: one part for a choice or written question, one per rated item for a scale.</param>
/// <param name="Answers">The written answers, for a written question; empty otherwise.</param>
public sealed record SummaryQuestionView(string Id, string Number, string Label, IReadOnlyList<SummaryPartView> Parts, IReadOnlyList<SummaryAnswerView> Answers);

/// <summary>How many answered, then (for choices and ratings) the chart and the same counts as a table.</summary>
/// <param name="Id">A rated item's heading anchor, or null for a question's only part.</param>
/// <param name="Label">A rated item's label, or null.</param>
/// <param name="Answered">"Answered by 12", with the average score for a rated item.</param>
/// <param name="Counts">The counts per option or level, or null for a written question.</param>
public sealed record SummaryPartView(string? Id, string? Label, string Answered, SummaryCountsView? Counts);

/// <summary>The counts as a bar chart and as a table named by the heading above it.</summary>
/// <param name="Chart">The bar chart, drawn as SVG.</param>
/// <param name="LabelledBy">The id of the heading that names the table.</param>
/// <param name="FirstColumn">"Answer" or "Rating".</param>
/// <param name="Rows">One per option or level.</param>
public sealed record SummaryCountsView(Markup Chart, string LabelledBy, string FirstColumn, IReadOnlyList<SummaryRowView> Rows);

/// <summary>An option or level with how many chose it.</summary>
/// <param name="Label">The option or level.</param>
/// <param name="Count">How many chose it, written the language's way.</param>
/// <param name="Share">Its share of those who answered, or null when no one did.</param>
public sealed record SummaryRowView(string Label, string Count, string? Share);

/// <summary>A written answer as the reader wrote it.</summary>
/// <param name="Lang">The edition it came from.</param>
/// <param name="Text">The answer.</param>
/// <param name="Id">"ID: 12", the response's number in the export.</param>
/// <param name="Received">When it came (UTC).</param>
/// <param name="LanguageName">The edition's name in its own language.</param>
public sealed record SummaryAnswerView(string Lang, string Text, string Id, string Received, string LanguageName);

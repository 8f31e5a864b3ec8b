namespace ReportSite.Collector;

/// <summary>
/// The collector's page for a form posted without script whose answers were not stored, for the theme's
/// <c>layouts/collector-reply.html</c>; every text in the reader's language.
/// </summary>
/// <param name="Lang">The reader's language.</param>
/// <param name="Site">The report's title.</param>
/// <param name="Message">What went wrong, as a whole.</param>
/// <param name="Problems">Each answer to change ("Question 1: Please answer this question."); empty when the whole request was refused.</param>
/// <param name="GoBack">True when going back to the form helps (the answers are still there).</param>
/// <param name="FormHref">The survey in the reader's language, when the form came from a known site; null otherwise.</param>
/// <param name="T">The reader's words.</param>
public sealed record CollectorReplyView(
    string Lang,
    string Site,
    string Message,
    IReadOnlyList<string> Problems,
    bool GoBack,
    string? FormHref,
    IReadOnlyDictionary<string, string> T);

namespace ReportSite.Timelines.Directives;

/// <summary>A timeline (<c>::timeline</c>), for <c>partials/timeline.html</c>; every text in the page's language.</summary>
/// <param name="Label">The timeline's title, for screen readers, or null.</param>
/// <param name="Events">The milestones in order.</param>
public sealed record TimelineView(string? Label, IReadOnlyList<MilestoneView> Events);

/// <summary>One milestone.</summary>
/// <param name="NewYear">True for the first milestone of its year, which the theme marks.</param>
/// <param name="Date">The date for machines (<c>&lt;time datetime&gt;</c>): 1998-11.</param>
/// <param name="DateText">The date as precise as it was written, the language's way: 1998年11月, November 1998.</param>
/// <param name="Title">What happened.</param>
/// <param name="Text">More about it, or null.</param>
public sealed record MilestoneView(bool NewYear, string Date, string DateText, string Title, string? Text);

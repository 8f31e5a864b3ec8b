namespace ReportSite.Pages;

/// <summary>A heading of a chapter's body in its table of contents: h2 or h3 as 2 or 3, its id and its words.</summary>
public sealed record TocEntry(int Level, string Id, string Text);

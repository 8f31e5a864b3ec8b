namespace ReportSite.Markdown.Directives;

/// <summary>
/// A directive the Markdown parser found in a chapter: its name, its <c>id</c> attribute (null without
/// one), and the file and line that write it. What a feature needs to know of where its items are used
/// (the QR manifest's chapter column).
/// </summary>
public sealed record DirectiveUse(string Name, string? Id, string File, int Line);

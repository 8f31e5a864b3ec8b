namespace ReportSite.Html;

/// <summary>
/// HTML a template writes as it is: what <c>{{ x | raw }}</c> makes of a value, and what a view model
/// holds where it carries markup already made (a chapter's body, a page's content). Everything else a
/// template writes is escaped.
/// </summary>
public sealed record Markup(string Html)
{
    public override string ToString() => Html;
}

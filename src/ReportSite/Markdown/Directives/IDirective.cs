namespace ReportSite.Markdown.Directives;

/// <summary>
/// One named directive (<c>::kpis</c>, <c>::chart</c>, …). Features register their directive with
/// <see cref="DirectiveExtensions.UseDirectives"/>; the directive mechanism knows none of them.
/// </summary>
public interface IDirective
{
    /// <summary>The name after <c>::</c> (or after <c>:</c> for a text directive).</summary>
    string Name { get; }

    /// <summary>True for a text directive used inside a sentence (<c>:kpi[id]</c>), false for a block on its own line.</summary>
    bool IsInline => false;

    /// <summary>Problems with this use of the directive (unknown ids, missing attributes), each saying what to do.</summary>
    IEnumerable<string> Validate(Directive directive);

    /// <summary>Writes the directive's HTML for a page in <paramref name="context"/>'s language.</summary>
    void Render(Directive directive, DirectiveContext context, TextWriter html);
}

/// <summary>What a directive may know about the page it is rendered into.</summary>
public sealed record DirectiveContext(string Language, string PageUrl);

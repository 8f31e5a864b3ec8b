using ReportSite.Diagnostics;
using ReportSite.Html;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Tests.Support;
using ReportSite.Theme;

namespace ReportSite.Tests.Theme;

/// <summary>
/// The theme's Scriban templates: what they write is escaped unless it is markup, and a template that
/// asks for what its model does not have fails the build at its file, line and column, with a suggestion.
/// </summary>
public sealed class ThemeTemplatesTests
{
    public sealed record Model(string Title, string? Summary, IReadOnlyList<Item> Items, IReadOnlyDictionary<string, string> T, Markup Body);

    public sealed record Item(string Name, string Href);

    private static readonly Model Sample = new("Tencent's <report>", "", [new("One", "a/"), new("Two & three", "b/")],
        new Dictionary<string, string> { ["chapterNumber"] = "第 {0} 章" }, new Markup("<p>Body</p>"));

    [Fact]
    public void Values_are_escaped_markup_is_not_and_empty_text_and_lists_are_false()
    {
        var html = Render("""
            <h1>{{ title }}</h1>{{ if summary }}<p>{{ summary }}</p>{{ end }}
            {{~ for item in items ~}}
            <a href="{{ item.href }}">{{ item.name }}</a>
            {{~ end ~}}
            {{ body }}|{{ "<i>" | raw }}|{{ format t.chapterNumber 3 }}
            """, ("partials/footer.html", "<footer>{{ items.size }}</footer>"));

        Assert.Equal("<h1>Tencent&#39;s &lt;report&gt;</h1>\n<a href=\"a/\">One</a>\n<a href=\"b/\">Two &amp; three</a>\n<p>Body</p>|<i>|第 3 章", html);
    }

    [Fact]
    public void Partials_are_included_by_name_and_written_as_markup()
    {
        Assert.Equal("<main></main>\n<footer>2</footer>", Render("<main></main>\n{{ include 'footer' }}", ("partials/footer.html", "<footer>{{ items.size }}</footer>")));
    }

    [Theory]
    [InlineData("{{ titel }}", "theme/layouts/page.html:1:4: 'titel' is not a variable of this template (did you mean 'title'?); the template can use: body, items, summary, t, title.")]
    [InlineData("{{ for item in items }}{{ item.nam }}{{ end }}", "theme/layouts/page.html:1:32: 'nam' is not a field of this model (did you mean 'name'?); the template can use: name, href.")]
    [InlineData("{{ t.chapterNumbr }}", "theme/layouts/page.html:1:6: 'chapterNumbr' is not a field of this list of words (did you mean 'chapterNumber'?); the template can use: chapterNumber.")]
    [InlineData("{{ upcase title }}", "theme/layouts/page.html:1:4: 'upcase' is not a variable of this template; the template can use: body, items, summary, t, title.")]
    [InlineData("{{ include 'foter' }}", "theme/layouts/page.html:1:4: there is no partial 'foter' (did you mean 'footer'?); add partials/foter.html to the theme, or include one of: footer.")]
    public void A_name_the_model_lacks_is_an_error_at_its_line_and_column_with_a_suggestion(string template, string expected)
    {
        var error = Assert.Throws<TemplateException>(() => Render(template, ("partials/footer.html", "<footer></footer>")));

        Assert.Equal(expected, error.Diagnostic.ToString());
    }

    [Fact]
    public void A_syntax_error_is_reported_with_file_line_and_column_when_the_theme_loads()
    {
        using var dir = new TempDir();
        Write(dir, "layouts/page.html", "<p>\n  {{ if title }}<b>{{ title }}</b>\n</p>");
        var diagnostics = new DiagnosticBag();

        ThemeTemplates.Load(dir.Combine("theme"), diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("theme/layouts/page.html", 2), (error.File, error.Line));
        Assert.True(error.Column > 0);
        Assert.StartsWith("template syntax error:", error.Message);
    }

    [Fact]
    public void A_typo_in_a_layout_fails_the_build_at_the_template_and_writes_nothing()
    {
        using var site = FixtureSite.FromFile("mini");
        using var dir = new TempDir();
        var theme = dir.CopyIn(Repo.Theme, "theme");
        var layout = Path.Combine(theme, "layouts", "chapter.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{ chapter.title }}", "{{ chapter.titel }}"));

        var result = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(site.Input, site.Output, theme));

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("theme/layouts/chapter.html", error.File);
        Assert.StartsWith("'titel' is not a field of this model (did you mean 'title'?)", error.Message);
        Assert.True(error.Line > 0 && error.Column > 0);
    }

    private static string Render(string layout, params (string Path, string Text)[] files)
    {
        using var dir = new TempDir();
        Write(dir, "layouts/page.html", layout);
        foreach (var (path, text) in files) Write(dir, path, text);
        var diagnostics = new DiagnosticBag();
        var templates = ThemeTemplates.Load(dir.Combine("theme"), diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return templates.Render("page", Sample);
    }

    private static void Write(TempDir dir, string path, string text)
    {
        var full = dir.Combine("theme", path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}

using Markdig.Syntax;
using ReportSite.Diagnostics;
using ReportSite.Markdown;
using ReportSite.Markdown.Directives;

namespace ReportSite.Tests.Markdown.Directives;

public sealed class DirectiveExtensionTests
{
    private static readonly DirectiveRegistry Registry = DirectiveRegistry.Empty.With(new Shout());

    [Fact]
    public void A_directive_line_becomes_a_typed_block_with_its_line()
    {
        var document = Markdig.Markdown.Parse("Intro.\n\n::shout{text=hello}\n\nAfter.\n", MarkdownPipelineFactory.Create(Registry));

        var block = Assert.Single(document.Descendants<DirectiveBlock>());
        Assert.Equal("shout", block.Directive!.Name);
        Assert.Equal("hello", block.Directive["text"]);
        Assert.Equal(2, block.Line);
    }

    [Theory]
    [InlineData("```\n::shout{text=x}\n```\n")]
    [InlineData("    ::shout{text=x}\n")]
    [InlineData("Text with ::shout{text=x} inside.\n")]
    [InlineData("\\::shout{text=x}\n")]
    public void Directive_syntax_inside_code_or_text_is_left_alone(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Create(Registry));

        Assert.Empty(document.Descendants<DirectiveBlock>());
    }

    [Fact]
    public void A_directive_may_follow_a_paragraph_line_directly()
    {
        var html = Render("Intro line\n::shout{text=hi}\n", out var diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("<p>Intro line</p>\n<strong>HI</strong>\n", html);
    }

    [Fact]
    public void Renders_through_the_registered_directive_in_the_chapter_language()
    {
        var html = Render("::shout{text=hi}\n", out _);

        Assert.Equal("<strong>HI</strong>\n", html);
    }

    [Fact]
    public void Problems_are_reported_at_the_file_line()
    {
        Render("Intro.\n\n::shout{}\n\n::whisper{text=x}\n\n::shout{text=\"x}\n", out var diagnostics);

        Assert.Equal(
            [
                "chapters/01-a.en.md:7: ::shout: 'text' is missing; write text=\"…\".",
                "chapters/01-a.en.md:9: unknown directive '::whisper'; known: ::shout.",
                "chapters/01-a.en.md:11: malformed directive '::shout{text=\"x}': the quoted value of 'text' in ::shout is never closed; add the closing \".",
            ],
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    private static string Render(string body, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        var source = new ReportSite.Content.ChapterSource
        {
            File = "chapters/01-a.en.md", Order = 1, Slug = "a", Language = "en", Title = "A", Body = body, BodyFirstLine = 5,
        };
        var stage = new RenderMarkdown(MarkdownPipelineFactory.Create(Registry), Registry, new HashSet<string> { "a" });
        return stage.Make(source, diagnostics).Html;
    }

    private sealed class Shout : IDirective
    {
        public string Name => "shout";

        public IEnumerable<string> Validate(Directive directive) =>
            directive["text"] is null ? ["'text' is missing; write text=\"…\"."] : [];

        public void Render(Directive directive, DirectiveContext context, TextWriter html) =>
            html.Write($"<strong>{directive["text"]!.ToUpperInvariant()}</strong>\n");
    }
}

using ReportSite.Translations;

namespace ReportSite.Tests.Translations;

/// <summary>The front matter edit of <c>translations mark</c>: one line added or replaced, every other byte kept.</summary>
public sealed class MarkTranslationTests
{
    [Fact]
    public void Adds_the_key_after_the_title()
    {
        var edited = MarkTranslation.Edit("---\ntitle: Introduction\nsummary: Twenty years.\n---\n\nBody.\n", "3f2a9c1e");

        Assert.Equal("---\ntitle: Introduction\ntranslated-from: 3f2a9c1e\nsummary: Twenty years.\n---\n\nBody.\n", edited);
    }

    [Fact]
    public void Adds_it_after_a_title_written_over_several_lines()
    {
        var edited = MarkTranslation.Edit("---\ntitle: >\n  A long\n  title\nsummary: s\n---\nBody\n", "3f2a9c1e");

        Assert.Equal("---\ntitle: >\n  A long\n  title\ntranslated-from: 3f2a9c1e\nsummary: s\n---\nBody\n", edited);
    }

    [Fact]
    public void Adds_it_at_the_end_of_the_front_matter_without_a_title()
    {
        var edited = MarkTranslation.Edit("---\nsummary: s\n---\nBody\n", "3f2a9c1e");

        Assert.Equal("---\nsummary: s\ntranslated-from: 3f2a9c1e\n---\nBody\n", edited);
    }

    [Fact]
    public void Replaces_an_existing_value_and_keeps_the_rest_byte_for_byte()
    {
        const string text = "---\r\ntitle: Intro  \r\nsummary: \"s\" # note\r\ntranslated-from: 00000000\r\n---\r\n\r\nBody with\ttabs and trailing spaces  \r\nlast line without an ending";

        var edited = MarkTranslation.Edit(text, "3f2a9c1e");

        Assert.Equal(text.Replace("00000000", "3f2a9c1e", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void Keeps_the_files_line_endings_when_adding()
    {
        var edited = MarkTranslation.Edit("---\r\ntitle: Intro\r\n---\r\nBody\r\n", "3f2a9c1e");

        Assert.Equal("---\r\ntitle: Intro\r\ntranslated-from: 3f2a9c1e\r\n---\r\nBody\r\n", edited);
    }

    [Fact]
    public void Leaves_the_body_alone_even_when_it_has_such_a_line()
    {
        var edited = MarkTranslation.Edit("---\ntitle: T\n---\ntranslated-from: 11111111\n", "3f2a9c1e");

        Assert.Equal("---\ntitle: T\ntranslated-from: 3f2a9c1e\n---\ntranslated-from: 11111111\n", edited);
    }

    [Theory]
    [InlineData("No front matter.\n")]
    [InlineData("---\ntitle: never closed\n")]
    public void Needs_a_closed_front_matter(string text) => Assert.Null(MarkTranslation.Edit(text, "3f2a9c1e"));
}

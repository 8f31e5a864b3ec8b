using ReportSite.Translations;

namespace ReportSite.Tests.Translations;

/// <summary>How <c>translations mark</c> edits a data file: one top-level line, every other byte kept.</summary>
public sealed class MarkDataTranslationTests
{
    private static readonly KeyValuePair<string, string>[] En = [new("en", "1a2b3c4d")];

    [Fact]
    public void Adds_the_line_after_the_comments_that_open_the_file()
    {
        var edited = MarkDataTranslation.Edit("# KPIs of chapter 7.\n# Source: the print report.\n\nkpis:\n  - id: a\n", En);

        Assert.Equal("# KPIs of chapter 7.\n# Source: the print report.\n\ntranslated-from: { en: 1a2b3c4d }\nkpis:\n  - id: a\n", edited);
    }

    [Fact]
    public void Adds_the_line_first_in_a_file_without_comments_and_after_a_document_start()
    {
        Assert.Equal("translated-from: { en: 1a2b3c4d }\nkpis: []\n", MarkDataTranslation.Edit("kpis: []\n", En));
        Assert.Equal("---\ntranslated-from: { en: 1a2b3c4d }\nkpis: []\n", MarkDataTranslation.Edit("---\nkpis: []\n", En));
    }

    [Fact]
    public void Replaces_the_existing_entry_with_its_block_lines_and_keeps_the_rest()
    {
        KeyValuePair<string, string>[] two = [new("en", "1a2b3c4d"), new("zh-HK", "5e6f7a8b")];

        Assert.Equal("# c\ntranslated-from: { en: 1a2b3c4d, zh-HK: 5e6f7a8b }\nkpis: []\n",
            MarkDataTranslation.Edit("# c\ntranslated-from: { en: 00000000 }\nkpis: []\n", two));
        Assert.Equal("translated-from: { en: 1a2b3c4d, zh-HK: 5e6f7a8b }\nkpis: []\n",
            MarkDataTranslation.Edit("translated-from:\n  en: 00000000\n  zh-HK: 11111111\nkpis: []\n", two));
    }

    [Fact]
    public void Keeps_windows_line_endings_and_a_file_without_a_last_line_break()
    {
        Assert.Equal("# c\r\ntranslated-from: { en: 1a2b3c4d }\r\nkpis: []\r\n", MarkDataTranslation.Edit("# c\r\nkpis: []\r\n", En));
        Assert.Equal("translated-from: { en: 1a2b3c4d }\nkpis: []", MarkDataTranslation.Edit("translated-from: { en: 00000000 }\nkpis: []", En));
        Assert.Equal("# only a comment\ntranslated-from: { en: 1a2b3c4d }\n", MarkDataTranslation.Edit("# only a comment", En));
    }
}

using ReportSite.Content;
using ReportSite.Translations;

namespace ReportSite.Tests.Translations;

/// <summary>A data file's translatable texts: their paths, the source lines hashed, and what changes the hash.</summary>
public sealed class DataTextsTests
{
    private static readonly string[] Languages = ["zh-CN", "en"];

    private const string Kpis = """
        # KPIs
        translated-from: { en: 1a2b3c4d }
        kpis:
          - id: binhai.plaza-area
            label: { zh-CN: 广场面积, en: Plaza area }
            unit: number
            word: { zh-CN: 平方米, en: square metres }
          - id: staff.total
            label:
              zh-CN: 员工总数
            note: { zh-CN: "第一行\n第二行 \\ 完", en: Two lines }
        questions:
          - id: role
            options:
              - { id: government, label: { zh-CN: 政府, en: Government } }
              - { zh-CN: 其他, en: Other }
        timelines:
          - events:
              - date: "1998-11-11"
                title: { zh-CN: 腾讯成立, en: Tencent is founded }
        heading: 同一段文字
        """;

    [Fact]
    public void Each_text_per_language_is_named_by_its_keys_and_its_items_ids()
    {
        var texts = DataTexts.Of(DataTexts.Parse(Kpis)!, Languages);

        Assert.Equal(
            [
                "kpis/binhai.plaza-area/label", "kpis/binhai.plaza-area/word", "kpis/staff.total/label", "kpis/staff.total/note",
                "questions/role/options/government/label", "questions/role/options/2", "timelines/1/events/1998-11-11/title",
            ],
            texts.Select(t => t.Path));
        Assert.Equal(5, texts[0].Line);
        Assert.False(texts[2].Texts.ContainsKey("en"));
    }

    [Fact]
    public void The_source_is_one_line_per_text_in_the_primary_language_with_line_breaks_escaped()
    {
        var source = DataTexts.Source(DataTexts.Of(DataTexts.Parse(Kpis)!, Languages), "zh-CN");

        Assert.StartsWith("kpis/binhai.plaza-area/label: 广场面积\nkpis/binhai.plaza-area/word: 平方米\nkpis/staff.total/label: 员工总数\n", source, StringComparison.Ordinal);
        Assert.Contains("\nkpis/staff.total/note: 第一行\\n第二行 \\\\ 完\n", source, StringComparison.Ordinal);
        Assert.DoesNotContain("1a2b3c4d", source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hash_ignores_quoting_layout_comments_and_other_languages_but_not_a_primary_text()
    {
        var hash = DataTexts.HashOf(Kpis, Languages);
        var requoted = Kpis
            .Replace("label: { zh-CN: 广场面积, en: Plaza area }", "label:\n      zh-CN: \"广场面积\"\n      en: 'Plaza area, paved'", StringComparison.Ordinal)
            .Replace("# KPIs", "# The figures", StringComparison.Ordinal)
            .Replace("{ en: 1a2b3c4d }", "{ en: 5e6f7a8b }", StringComparison.Ordinal)
            .Replace("unit: number", "unit: count", StringComparison.Ordinal);
        var edited = Kpis.Replace("广场面积", "透水砖广场面积", StringComparison.Ordinal);

        Assert.Matches("^[0-9a-f]{8}$", hash);
        Assert.Equal(hash, DataTexts.HashOf(requoted, Languages));
        Assert.Equal(hash, DataTexts.HashOf(Kpis.Replace("\n", "\r\n", StringComparison.Ordinal), Languages));
        Assert.NotEqual(hash, DataTexts.HashOf(edited, Languages));
        Assert.Equal(SourceHash.Of(DataTexts.Source(DataTexts.Of(DataTexts.Parse(Kpis)!, Languages), "zh-CN")), hash);
    }

    [Fact]
    public void A_file_that_is_not_a_yaml_mapping_has_no_hash()
    {
        Assert.Null(DataTexts.HashOf("kpis: [", Languages));
        Assert.Null(DataTexts.HashOf("- a\n- b\n", Languages));
    }
}

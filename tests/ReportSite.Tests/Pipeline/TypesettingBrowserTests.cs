using Microsoft.Playwright;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Pipeline;

/// <summary>
/// How the sample's text is set, in chromium at phone, tablet and desktop widths in both languages:
/// figures in prose in the text's colour, KPI cards wide enough for their figures and in full rows, and a
/// header whose title breaks only between words, with no year (header badge or home cover) repeating the title's and no
/// breadcrumb separator alone on a line. (Overflow, justification and figures kept on one line are
/// SampleLayoutTests', on every page.)
/// </summary>
[Collection(Browser.Collection)]
[Trait("Category", "Slow")]
public sealed class TypesettingBrowserTests : IClassFixture<SampleBrowserTests.ServedSample>
{
    private const string Problems = """
        () => {
          const problems = [];
          const name = e => e.className + ' "' + e.textContent.trim().slice(0, 40) + '"';
          for (const e of document.querySelectorAll('.figure')) {
            if (getComputedStyle(e).color !== getComputedStyle(e.parentElement).color) problems.push('a figure in prose is coloured like a link: ' + name(e));
          }
          for (const card of document.querySelectorAll('.kpi-card')) {
            if (card.scrollWidth > card.clientWidth + 1) problems.push('a card is too narrow for its figure: ' + name(card));
          }
          for (const grid of document.querySelectorAll('.kpi-cards')) {
            const box = grid.getBoundingClientRect();
            const rows = new Map();
            for (const card of grid.children) {
              const r = card.getBoundingClientRect();
              const row = rows.get(Math.round(r.top)) ?? { left: r.left, right: r.right };
              rows.set(Math.round(r.top), { left: Math.min(row.left, r.left), right: Math.max(row.right, r.right) });
            }
            for (const row of rows.values()) {
              if (row.left > box.left + 2 || row.right < box.right - 2) problems.push('a row of cards is not full: ' + name(grid));
            }
          }
          for (const title of document.querySelectorAll('.site-header__title')) {
            if (title.getClientRects().length === 0) continue;
            const text = title.firstChild;
            let top = null;
            for (let i = 0; i < text.length; i++) {
              if (text.data[i] === ' ') continue;
              const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1);
              const charTop = r.getBoundingClientRect().top;
              if (top !== null && charTop > top + 2 && text.data[i - 1] !== ' ') problems.push('the header title breaks inside a word before "' + text.data.slice(i) + '"');
              top = charTop;
            }
            for (const year of document.querySelectorAll('.site-header__year, .cover__year')) {
              if (title.textContent.includes(year.textContent.replace(/\D/g, ''))) problems.push('the year (' + year.className + ') repeats the title\'s year');
            }
          }
          for (const item of document.querySelectorAll('.breadcrumb li + li')) {
            if (item.getClientRects().length > 1) problems.push('the breadcrumb separator is apart from its item: ' + name(item));
          }
          return problems;
        }
        """;

    private readonly SampleBrowserTests.ServedSample _sample;

    public TypesettingBrowserTests(SampleBrowserTests.ServedSample sample) => _sample = sample;

    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var width in new[] { 360, 390, 768, 1280 })
        {
            foreach (var path in new[] { "zh-CN/", "en/", "zh-CN/government/", "en/government/", "zh-CN/society/", "en/society/", "en/letters/" })
            {
                data.Add(path, width);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Text_figures_cards_and_header_are_set_without_breaks_or_gaps(string path, int width)
    {
        var page = await _sample.NewPage(width);
        await page.GotoAsync(_sample.Url + path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var problems = await page.EvaluateAsync<string[]>(Problems);

        Assert.True(problems.Length == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN/government/", ".prose")]
    [InlineData("en/government/", ".language-switch [lang|=zh]")]
    public async Task Chinese_text_names_the_chinese_system_fonts_before_any_generic_family(string path, string selector)
    {
        var page = await _sample.NewPage(1280);
        await page.GotoAsync(_sample.Url + path);

        var family = await page.EvaluateAsync<string>($"() => getComputedStyle(document.querySelector('{selector}')).fontFamily");

        var generic = new[] { "system-ui", "sans-serif" }.Select(g => family.IndexOf(g, StringComparison.Ordinal)).Where(i => i >= 0).Min();
        foreach (var font in new[] { "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC" })
        {
            var at = family.IndexOf(font, StringComparison.Ordinal);
            Assert.True(at >= 0 && at < generic, $"{font} should come before the generic family in {family}");
        }
        await page.Context.CloseAsync();
    }
}

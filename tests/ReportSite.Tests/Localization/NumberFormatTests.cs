using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Localization;
using ReportSite.Tests.Support;
using ReportSite.Theme;

namespace ReportSite.Tests.Localization;

/// <summary>One canonical value, written per language with the conventions from the default theme's i18n files.</summary>
public sealed class NumberFormatTests
{
    private static readonly IReadOnlyDictionary<string, NumberLocale> Locales = LoadLocales();

    [Theory]
    // The examples the report is written with.
    [InlineData("2236000000", "currency", 2, true, null, "22.36亿元", "RMB 2.24 billion")]
    [InlineData("2320000", "number", 2, true, null, "232万", "2.32 million")]
    [InlineData("205000000", "currency", 2, true, null, "2.05亿元", "RMB 205 million")]
    [InlineData("21000000", "currency", 0, true, null, "2100万元", "RMB 21 million")]
    [InlineData("9849", "number", 0, true, "个村庄", "9849个村庄", "9,849 villages")]
    [InlineData("38798", "number", 0, false, null, "38798", "38,798")]
    [InlineData("5000000000", "currency", 2, true, null, "50亿元", "RMB 5 billion")]
    // Zero and values below every scale.
    [InlineData("0", "number", 2, true, null, "0", "0")]
    [InlineData("0", "currency", 2, true, null, "0元", "RMB 0")]
    [InlineData("1.5", "currency", 2, true, null, "1.5元", "RMB 1.5")]
    [InlineData("0.004", "number", 2, true, null, "0", "0")]
    // Negatives keep the sign in front, with a true minus sign; a value that rounds to zero loses it.
    [InlineData("-250000000", "currency", 2, true, null, "−2.5亿元", "−RMB 250 million")]
    [InlineData("-12", "number", 0, true, null, "−12", "−12")]
    [InlineData("-0.001", "number", 2, true, null, "0", "0")]
    // Just under and over each threshold.
    [InlineData("9999", "number", 2, true, null, "9999", "9,999")]
    [InlineData("10000", "number", 2, true, null, "1万", "10,000")]
    [InlineData("999999", "number", 0, true, null, "100万", "999,999")]
    [InlineData("1000000", "number", 2, true, null, "100万", "1 million")]
    [InlineData("99990000", "number", 2, true, null, "9999万", "99.99 million")]
    [InlineData("100000000", "number", 2, true, null, "1亿", "100 million")]
    [InlineData("999000000", "number", 2, true, null, "9.99亿", "999 million")]
    [InlineData("1000000000", "number", 2, true, null, "10亿", "1 billion")]
    // Rounding that crosses a threshold carries the figure up a scale.
    [InlineData("99999999", "number", 2, true, null, "1亿", "100 million")]
    [InlineData("9999.996", "number", 2, true, null, "1万", "10,000")]
    [InlineData("999999999", "number", 2, true, null, "10亿", "1 billion")]
    [InlineData("999995000", "currency", 2, true, null, "10亿元", "RMB 1 billion")]
    [InlineData("999994999", "currency", 2, true, null, "10亿元", "RMB 999.99 million")]
    // Precision: at most N decimals, trailing zeros dropped, halves rounded away from zero.
    [InlineData("223650000", "currency", 1, true, null, "2.2亿元", "RMB 223.7 million")]
    [InlineData("2235000", "number", 3, true, null, "223.5万", "2.235 million")]
    [InlineData("12345.675", "number", 2, false, null, "12345.68", "12,345.68")]
    // Percentages are stored as the percent figure and never scaled.
    [InlineData("38.63", "percent", 2, true, null, "38.63%", "38.63%")]
    [InlineData("90", "percent", 0, true, null, "90%", "90%")]
    [InlineData("-70", "percent", 0, true, null, "−70%", "−70%")]
    [InlineData("12345", "percent", 0, true, null, "12345%", "12,345%")]
    public void Writes_each_value_as_its_readers_expect(string value, string unit, int precision, bool scaled, string? zhWord, string zh, string en)
    {
        var style = new NumberStyle
        {
            Unit = Enum.Parse<KpiUnit>(unit, ignoreCase: true),
            Precision = precision,
            Scaled = scaled,
        };
        var enWord = zhWord is null ? null : "villages";

        Assert.Equal(zh, NumberFormat.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), style with { Word = zhWord }, Locales["zh-CN"]).ToString());
        Assert.Equal(en, NumberFormat.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), style with { Word = enWord }, Locales["en"]).ToString());
    }

    [Fact]
    public void Splits_the_figure_so_a_card_can_set_the_number_large()
    {
        var style = new NumberStyle { Unit = KpiUnit.Currency, Precision = 2 };

        Assert.Equal(new FormattedNumber("", "22.36", "亿元"), NumberFormat.Format(2236000000m, style, Locales["zh-CN"]));
        Assert.Equal(new FormattedNumber("RMB ", "2.24", " billion"), NumberFormat.Format(2236000000m, style, Locales["en"]));
        Assert.Equal(new FormattedNumber("", "232", "万 villagers"), NumberFormat.Format(2320000m, new NumberStyle { Word = "villagers" }, Locales["zh-CN"] with { UnitSpacing = " " }));
    }

    [Fact]
    public void Other_currencies_use_their_pattern_and_unknown_ones_their_code()
    {
        Assert.Equal("HK$1.2 million", NumberFormat.Format(1200000m, new NumberStyle { Unit = KpiUnit.Currency, Currency = "HKD" }, Locales["en"]).ToString());
        Assert.Equal("120万港元", NumberFormat.Format(1200000m, new NumberStyle { Unit = KpiUnit.Currency, Currency = "HKD" }, Locales["zh-CN"]).ToString());
        Assert.Equal("EUR 1.2 million", NumberFormat.Format(1200000m, new NumberStyle { Unit = KpiUnit.Currency, Currency = "EUR" }, Locales["en"]).ToString());
    }

    [Theory]
    [InlineData("zh-CN", "CNY", "亿元")]
    [InlineData("en", "CNY", "RMB million")]
    [InlineData("zh-HK", "CNY", "人民幣億元")]
    [InlineData("zh-HK", "HKD", "億港元")] // an amount reads HK$5億; named on its own, the currency is 港元
    public void A_unit_on_its_own_for_an_axis_or_a_table_column_is_written_the_language_s_way(string language, string currency, string unit)
    {
        var style = new NumberStyle { Unit = KpiUnit.Currency, Currency = currency };

        Assert.Equal(unit, NumberFormat.AxisUnit(500000000m, style, Locales[language]).Unit);
    }

    private static IReadOnlyDictionary<string, NumberLocale> LoadLocales()
    {
        var site = new SiteConfig
        {
            Languages = ["zh-CN", "en", "zh-HK"],
            BaseUrl = "https://e.org/",
            Title = new LocalizedText(new Dictionary<string, string> { ["zh-CN"] = "报告" }, "zh-CN"),
        };
        var diagnostics = new DiagnosticBag();
        var theme = new LoadTheme().Run(Repo.Theme, site, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return theme!.Words.Numbers;
    }
}

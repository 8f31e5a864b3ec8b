using System.Globalization;

namespace ReportSite.Localization;

/// <summary>A formatted figure in parts, so a KPI card can set the number large and the rest small.</summary>
public readonly record struct FormattedNumber(string Prefix, string Number, string Suffix)
{
    public override string ToString() => Prefix + Number + Suffix;
}

/// <summary>
/// Writes one canonical value the way readers of a language expect: 2,236,000,000 yuan is
/// "22.36亿元" in Chinese and "RMB 2.24 billion" in English. Explicit scales and precision instead of
/// CLDR compact formatting, which rounds to two significant digits and differs by region.
/// </summary>
public static class NumberFormat
{
    public static FormattedNumber Format(decimal value, NumberStyle style, NumberLocale locale)
    {
        var magnitude = Math.Abs(value);
        var (digits, scaleWord) = Scale(magnitude, style, locale);
        var negative = value < 0 && digits.Any(c => c is >= '1' and <= '9');
        var sign = negative ? locale.MinusSign : "";
        var word = string.IsNullOrEmpty(style.Word) ? "" : locale.UnitSpacing + style.Word;

        var pattern = style.Unit switch
        {
            KpiUnit.Currency => locale.Currency.TryGetValue(style.Currency, out var currency) ? currency : style.Currency + " {0}",
            KpiUnit.Percent => locale.Percent,
            _ => "{0}",
        };
        var at = pattern.IndexOf("{0}", StringComparison.Ordinal);
        var before = at < 0 ? "" : pattern[..at];
        var after = at < 0 ? pattern : pattern[(at + 3)..];
        return new FormattedNumber(sign + before, digits, scaleWord + after + word);
    }

    /// <summary>
    /// The scale a chart axis uses for values up to <paramref name="magnitude"/> (no carry: an axis to
    /// 4.92亿 is in 亿), and the unit words that go with it ("亿元", "RMB million", "%").
    /// </summary>
    public static (decimal Divisor, string Unit) AxisUnit(decimal magnitude, NumberStyle style, NumberLocale locale)
    {
        var divisor = 1m;
        if (style.Scaled && style.Unit != KpiUnit.Percent)
        {
            divisor = locale.Scales.Where(s => s.At > 1 && magnitude >= s.At).Select(s => s.At).DefaultIfEmpty(1m).Max();
        }
        var parts = Format(divisor, style with { Precision = 0 }, locale);
        var words = parts.Prefix + " " + parts.Suffix;
        if (style.Unit == KpiUnit.Currency && locale.CurrencyLabels.TryGetValue(style.Currency, out var label))
        {
            var scale = locale.Scales.FirstOrDefault(s => s.At == divisor)?.Word ?? "";
            words = label.Replace("{0}", scale, StringComparison.Ordinal) + (string.IsNullOrEmpty(style.Word) ? "" : locale.UnitSpacing + style.Word);
        }
        // "RMB million" with a space, as English writes it; "人民幣億元" without, as Chinese does.
        var unit = string.Join(locale.UnitSpacing.Length > 0 ? " " : "", words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return (divisor, unit);
    }

    /// <summary>
    /// Picks the largest scale the value reaches, then rounds. Rounding can carry the figure up to the
    /// next scale (99,999,999 is 9999.9999万, which rounds to 1亿), so a carry moves it up; 99,990,000
    /// stays 9999万.
    /// </summary>
    private static (string Digits, string Word) Scale(decimal magnitude, NumberStyle style, NumberLocale locale)
    {
        var (rounded, scale) = Round(magnitude, style, locale);
        return (Digits(rounded, style.Precision, style.FixedDecimals, locale), scale.Word);
    }

    /// <summary>The value a reader sees once it is scaled and rounded (2,320,000 at precision 0 in English reads 2,000,000).</summary>
    public static decimal Displayed(decimal value, NumberStyle style, NumberLocale locale)
    {
        var (rounded, scale) = Round(Math.Abs(value), style, locale);
        return Math.Sign(value) * rounded * scale.At;
    }

    private static (decimal Rounded, NumberScale Scale) Round(decimal magnitude, NumberStyle style, NumberLocale locale)
    {
        var scales = new List<NumberScale> { new(1, "") };
        if (style.Scaled && style.Unit != KpiUnit.Percent) scales.AddRange(locale.Scales.Where(s => s.At > 1).OrderBy(s => s.At));
        var index = scales.FindLastIndex(s => magnitude >= s.At);
        if (index < 0) index = 0;
        var rounded = Math.Round(magnitude / scales[index].At, style.Precision, MidpointRounding.AwayFromZero);
        while (index + 1 < scales.Count && rounded * scales[index].At >= scales[index + 1].At)
        {
            index++;
            rounded = Math.Round(magnitude / scales[index].At, style.Precision, MidpointRounding.AwayFromZero);
        }
        return (rounded, scales[index]);
    }

    private static string Digits(decimal value, int precision, bool keepZeros, NumberLocale locale)
    {
        var text = value.ToString("F" + precision, CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? "" : keepZeros ? text[(point + 1)..] : text[(point + 1)..].TrimEnd('0');
        if (locale.GroupSeparator.Length > 0 && whole.Length > 3)
        {
            var groups = new List<string>();
            for (var end = whole.Length; end > 0; end -= 3) groups.Insert(0, whole[Math.Max(0, end - 3)..end]);
            whole = string.Join(locale.GroupSeparator, groups);
        }
        return fraction.Length == 0 ? whole : whole + locale.DecimalSeparator + fraction;
    }
}

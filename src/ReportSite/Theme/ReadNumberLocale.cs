using ReportSite.Localization;
using ReportSite.Yaml;

namespace ReportSite.Theme;

/// <summary>Reads the <c>number:</c> section of a theme language file into a <see cref="NumberLocale"/>.</summary>
public static class ReadNumberLocale
{
    private static readonly string[] Known = ["scales", "groupSeparator", "decimalSeparator", "minusSign", "percent", "unitSpacing", "currency", "currencyLabels"];

    public static NumberLocale Run(YamlMap? number)
    {
        var defaults = new NumberLocale();
        if (number is null) return defaults;
        number.WarnUnknownKeys(Known, "number setting");
        var scales = number.MapList("scales")
            .Select(s => (At: s.Decimal("at", required: true), Word: s.String("word", required: true)))
            .Where(s => s.At is > 1 && s.Word is not null)
            .Select(s => new NumberScale(s.At!.Value, s.Word!))
            .ToList();
        var currency = number.Map("currency");
        var labels = number.Map("currencyLabels");
        return new NumberLocale
        {
            Scales = scales,
            GroupSeparator = number.String("groupSeparator", allowEmpty: true) ?? defaults.GroupSeparator,
            DecimalSeparator = number.String("decimalSeparator", allowEmpty: true) ?? defaults.DecimalSeparator,
            MinusSign = number.String("minusSign", allowEmpty: true) ?? defaults.MinusSign,
            Percent = number.String("percent", allowEmpty: true) ?? defaults.Percent,
            UnitSpacing = number.String("unitSpacing", allowEmpty: true) ?? defaults.UnitSpacing,
            Currency = currency is null ? defaults.Currency : currency.Keys.ToDictionary(k => k, k => currency.String(k) ?? "{0}"),
            CurrencyLabels = labels is null ? defaults.CurrencyLabels : labels.Keys.ToDictionary(k => k, k => labels.String(k) ?? "{0}"),
        };
    }
}

using ReportSite.Kpis;
using ReportSite.Yaml;

namespace ReportSite.Theme;

/// <summary>Reads the <c>number:</c> section of a theme language file into a <see cref="NumberLocale"/>.</summary>
public static class ReadNumberLocale
{
    private static readonly string[] Known = ["scales", "groupSeparator", "decimalSeparator", "minusSign", "percent", "unitSpacing", "currency"];

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
        return new NumberLocale
        {
            Scales = scales,
            GroupSeparator = Raw(number, "groupSeparator") ?? defaults.GroupSeparator,
            DecimalSeparator = Raw(number, "decimalSeparator") ?? defaults.DecimalSeparator,
            MinusSign = Raw(number, "minusSign") ?? defaults.MinusSign,
            Percent = Raw(number, "percent") ?? defaults.Percent,
            UnitSpacing = Raw(number, "unitSpacing") ?? defaults.UnitSpacing,
            Currency = currency is null ? defaults.Currency : currency.Keys.ToDictionary(k => k, k => currency.String(k) ?? "{0}"),
        };
    }

    /// <summary>An empty text ("") is a real setting here (no group separator), not a missing one.</summary>
    private static string? Raw(YamlMap map, string key) =>
        map.Node(key) is YamlDotNet.RepresentationModel.YamlScalarNode scalar ? scalar.Value ?? "" : null;
}

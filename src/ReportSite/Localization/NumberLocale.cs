namespace ReportSite.Localization;

/// <summary>
/// How one language writes numbers, read from the theme's <c>i18n/&lt;language&gt;.yml</c> (<c>number:</c>),
/// so the words (万, 亿, million, RMB) live with the theme's other words, never in code.
/// </summary>
public sealed record NumberLocale
{
    /// <summary>Named magnitudes, largest first: a value at or above <see cref="NumberScale.At"/> is divided by it.</summary>
    public IReadOnlyList<NumberScale> Scales { get; init; } = [];

    /// <summary>Between groups of three digits ("38,798"); empty for none ("38798").</summary>
    public string GroupSeparator { get; init; } = "";

    public string DecimalSeparator { get; init; } = ".";

    public string MinusSign { get; init; } = "\u2212";

    /// <summary>Currency patterns by ISO code, with {0} for the number and its scale: "{0}元", "RMB {0}".</summary>
    public IReadOnlyDictionary<string, string> Currency { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// A currency named on its own (a chart's axis, the data table's unit column) by ISO code, with {0}
    /// for the scale: "{0}港元" gives 萬港元 where an amount reads HK$5,600萬. Without one, the amount's pattern is used.
    /// </summary>
    public IReadOnlyDictionary<string, string> CurrencyLabels { get; init; } = new Dictionary<string, string>();

    public string Percent { get; init; } = "{0}%";

    /// <summary>Between the number and a unit word: "" in Chinese ("232万人"), " " in English ("2.32 million people").</summary>
    public string UnitSpacing { get; init; } = " ";
}

/// <summary>A named magnitude: 10^8 is "亿" in Chinese; 10^9 is " billion" in English.</summary>
public sealed record NumberScale(decimal At, string Word);

namespace ReportSite.Localization;

/// <summary>What kind of quantity a KPI is; decides currency and percent signs.</summary>
public enum KpiUnit
{
    /// <summary>A plain number or a count of things, optionally with a unit word ("villages").</summary>
    Number,

    /// <summary>An amount of money in <see cref="NumberStyle.Currency"/>, stored in whole units (yuan).</summary>
    Currency,

    /// <summary>A percentage, stored as the percent figure itself (38.63 means 38.63%).</summary>
    Percent,
}

/// <summary>How one KPI is written, the same in every language; the words come from <see cref="NumberLocale"/>.</summary>
public sealed record NumberStyle
{
    public KpiUnit Unit { get; init; } = KpiUnit.Number;

    /// <summary>Decimal places at most, after scaling; trailing zeros are dropped (232.00万 is written 232万).</summary>
    public int Precision { get; init; } = 2;

    /// <summary>True to write exactly <see cref="Precision"/> decimals, zeros kept, so the figures on one chart line up ("1.00" beside "1.28").</summary>
    public bool FixedDecimals { get; init; }

    /// <summary>False to write the full figure (38798 employees) instead of 3.88万.</summary>
    public bool Scaled { get; init; } = true;

    /// <summary>ISO 4217 code for <see cref="KpiUnit.Currency"/>.</summary>
    public string Currency { get; init; } = "CNY";

    /// <summary>A word after the number in the page's language ("个村庄", "villages"), or null.</summary>
    public string? Word { get; init; }
}

namespace ReportSite.Kpis.Directives;

/// <summary>A row of KPI cards (<c>::kpis</c>, the home page's highlights), for <c>partials/kpi-cards.html</c>.</summary>
/// <param name="Class">The list's classes: <c>kpi-cards</c> and any the author added.</param>
/// <param name="Id">The anchor the author gave the row, if any.</param>
/// <param name="Year">The year all the cards are for, said once above them ("2018 年数据"); null when their years differ, they have none, or there is one card.</param>
/// <param name="Cards">One per KPI, in the author's order.</param>
public sealed record KpiCardsView(string Class, string? Id, string? Year, IReadOnlyList<KpiCardView> Cards);

/// <summary>One KPI's card; every text in the page's language.</summary>
/// <param name="Value">The figure in base units, for machines (<c>&lt;data value&gt;</c>): 492000000.</param>
/// <param name="Prefix">What comes before the number ("RMB "), or empty.</param>
/// <param name="Number">The number written the language's way: 4.92, 9,849.</param>
/// <param name="Suffix">The scale and currency after the number ("亿元", " million", "%"), or empty: it never leaves the number's line.</param>
/// <param name="Word">The unit word after that (" villages", "个村庄"), or empty when there is none or the label says it already.</param>
/// <param name="Label">What the KPI counts.</param>
/// <param name="Year">The year shown ("2018年"), or null for a KPI without years or when the group says it.</param>
/// <param name="Trend">The change on the year before, when there is one and the author did not turn it off.</param>
/// <param name="Note">The KPI's note and source, joined, or null.</param>
public sealed record KpiCardView(string Value, string Prefix, string Number, string Suffix, string Word, string Label, string? Year, KpiTrendView? Trend, string? Note);

/// <summary>The change on the year before, said in words ("Up 16.3% on 2017").</summary>
/// <param name="Direction">up, down or level: for styling, and for the theme's arrow.</param>
/// <param name="Text">The change in words.</param>
public sealed record KpiTrendView(string Direction, string Text);

namespace ReportSite.Kpis.Directives;

/// <summary>A KPI's figure in a sentence (<c>:kpi[id]</c>), for <c>partials/kpi-figure.html</c>.</summary>
/// <param name="Value">The figure in base units, for machines: 492000000.</param>
/// <param name="Amount">The number with its scale and currency, written the page language's way, which never breaks across lines: 4.92亿元, RMB 492 million.</param>
/// <param name="Word">The unit word after it (" villages", "个村庄"), or empty when there is none or the author asked for the figure bare.</param>
public sealed record KpiFigureView(string Value, string Amount, string Word);

namespace ReportSite.Kpis.Directives;

/// <summary>A KPI's figure in a sentence (<c>:kpi[id]</c>), for <c>partials/kpi-figure.html</c>.</summary>
/// <param name="Value">The figure in base units, for machines: 492000000.</param>
/// <param name="Text">The figure written the page language's way, with its unit unless the author asked for it bare: 4.92亿元.</param>
public sealed record KpiFigureView(string Value, string Text);

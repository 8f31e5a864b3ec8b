namespace ReportSite.Charts.Model;

/// <summary>The kinds of chart the renderer draws.</summary>
public enum ChartType
{
    Bar,
    GroupedBar,
    StackedBar,
    Line,
    Donut,
}

namespace ReportSite.Charts;

/// <summary>The site's charts by id, with their data resolved.</summary>
public sealed class ChartSet(IReadOnlyList<ChartData> charts)
{
    private readonly IReadOnlyDictionary<string, ChartData> _byId = charts.ToDictionary(c => c.Definition.Id, StringComparer.Ordinal);

    public IReadOnlyList<ChartData> All { get; } = charts;

    public ChartData? Get(string id) => _byId.GetValueOrDefault(id);

    public string Unknown(string id) => Diagnostics.Suggest.UnknownId("chart", id, _byId.Keys.ToList(), LoadCharts.FileName);
}

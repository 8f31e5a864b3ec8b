using System.Globalization;
using ReportSite.Localization;

namespace ReportSite.Timelines;

/// <summary>A dated list of milestones from <c>data/timeline.yml</c>, placed with <c>::timeline{id=…}</c>.</summary>
public sealed record Timeline(string Id, LocalizedText? Title, IReadOnlyList<Milestone> Events);

/// <summary>
/// One milestone. <see cref="Date"/> is as precise as the author knows it: a year, a month or a day,
/// written "1998", "1998-11" or "1998-11-11".
/// </summary>
public sealed record Milestone(string Date, LocalizedText Title, LocalizedText? Text)
{
    public int Year => int.Parse(Date[..4], CultureInfo.InvariantCulture);

    public int? Month => Date.Length >= 7 ? int.Parse(Date[5..7], CultureInfo.InvariantCulture) : null;

    public int? Day => Date.Length == 10 ? int.Parse(Date[8..10], CultureInfo.InvariantCulture) : null;
}

using System.Globalization;
using System.Xml.Linq;
using ReportSite.Charts.Layout;

namespace ReportSite.Tests.Charts;

/// <summary>
/// The text of a drawn chart, read back from its SVG: each level line of text with where it starts
/// and ends by <see cref="TextMetrics"/>' estimate, so tests can check nothing leaves the picture.
/// </summary>
internal static class SvgText
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>One line of text: its group's class, the words, its horizontal extent and its baseline.</summary>
    public sealed record Line(string Group, string Text, double Left, double Right, double Baseline, double FontSize);

    public static IEnumerable<XElement> In(XDocument svg, string group) =>
        svg.Descendants(Ns + "g").Where(g => (string?)g.Attribute("class") == group).SelectMany(g => g.Elements(Ns + "text"));

    /// <summary>Every level (not turned) line of text, one per tspan.</summary>
    public static IEnumerable<Line> Lines(XDocument svg)
    {
        foreach (var text in svg.Descendants(Ns + "text").Where(t => t.Attribute("transform") is null))
        {
            var size = Inherited(text, "font-size");
            var anchor = (string?)text.Attribute("text-anchor") ?? Inherited(text, "text-anchor", "start");
            var group = (string?)text.Ancestors(Ns + "g").FirstOrDefault()?.Attribute("class") ?? "";
            var baseline = Number(text, "y");
            var spans = text.Elements(Ns + "tspan").ToList();
            var parts = spans.Count == 0 ? [(Number(text, "x"), 0.0, text.Value)] : spans.Select(s => (Number(s, "x"), Number(s, "dy"), s.Value)).ToList();
            foreach (var (x, dy, words) in parts)
            {
                baseline += dy;
                var width = TextMetrics.Width(words, size);
                var left = anchor switch { "end" => x - width, "middle" => x - width / 2, _ => x };
                yield return new Line(group, words, left, left + width, baseline, size);
            }
        }
    }

    /// <summary>The viewBox's width and height.</summary>
    public static (double Width, double Height) Box(XDocument svg)
    {
        var box = ((string)svg.Root!.Attribute("viewBox")!).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
        return (box[2], box[3]);
    }

    private static double Number(XElement element, string name) => double.Parse((string?)element.Attribute(name) ?? "0", CultureInfo.InvariantCulture);

    private static double Inherited(XElement element, string name) =>
        double.Parse(Inherited(element, name, "13"), CultureInfo.InvariantCulture);

    private static string Inherited(XElement element, string name, string fallback) =>
        element.AncestorsAndSelf().Select(e => (string?)e.Attribute(name)).FirstOrDefault(v => v is not null) ?? fallback;
}

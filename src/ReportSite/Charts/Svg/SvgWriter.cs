using System.Globalization;
using System.Text;
using ReportSite.Html;

namespace ReportSite.Charts.Svg;

/// <summary>Writes SVG elements with escaped text and compact, culture-independent coordinates.</summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _svg = new();

    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Escape(string text) => MarkupEncoder.Encode(text);

    public SvgWriter Raw(string markup)
    {
        _svg.Append(markup);
        return this;
    }

    public void Open(string element, string attributes) => _svg.Append('<').Append(element).Append(' ').Append(attributes).Append(">\n");

    public void Close(string element) => _svg.Append("</").Append(element).Append(">\n");

    public void Line(double x1, double y1, double x2, double y2, string attributes) =>
        _svg.Append($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" {attributes}/>\n");

    /// <summary>A mark (bar, point, slice) with a tooltip that standalone viewers show natively and the theme's script reads.</summary>
    public void Mark(string shape, string geometry, string fill, string tip, int series, int category)
    {
        _svg.Append(CultureInfo.InvariantCulture, $"<{shape} {geometry} fill=\"{fill}\" data-series=\"{series}\" data-category=\"{category}\" data-tip=\"{Escape(tip)}\"><title>{Escape(tip)}</title></{shape}>\n");
    }

    /// <summary>Text of one or more lines; <paramref name="y"/> is the first baseline.</summary>
    public void Text(double x, double y, IReadOnlyList<string> lines, double lineHeight, string attributes = "")
    {
        if (lines.Count == 1)
        {
            _svg.Append($"<text x=\"{N(x)}\" y=\"{N(y)}\"{Space(attributes)}>{Escape(lines[0])}</text>\n");
            return;
        }
        _svg.Append($"<text x=\"{N(x)}\" y=\"{N(y)}\"{Space(attributes)}>");
        for (var i = 0; i < lines.Count; i++)
        {
            _svg.Append($"<tspan x=\"{N(x)}\" dy=\"{(i == 0 ? "0" : N(lineHeight))}\">{Escape(lines[i])}</tspan>");
        }
        _svg.Append("</text>\n");
    }

    public void Text(double x, double y, string text, string attributes = "") => Text(x, y, [text], 0, attributes);

    private static string Space(string attributes) => attributes.Length == 0 ? "" : " " + attributes;

    public override string ToString() => _svg.ToString();
}

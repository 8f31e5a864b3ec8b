using ReportSite.Charts.Model;

using static ReportSite.Charts.Svg.SvgWriter;

namespace ReportSite.Charts.Svg;

/// <summary>
/// Draws a <see cref="ChartModel"/> as a standalone, accessible SVG: <c>role="img"</c> with
/// <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c>, text as real text, every mark carrying its value as
/// a tooltip. A pure function of the model and the options.
/// </summary>
public static class SvgChartRenderer
{
    public static string Render(ChartModel model, ChartOptions options)
    {
        var body = new SvgWriter();
        var top = Header(model, options, body);
        var height = model.Type switch
        {
            ChartType.Donut => DonutChartSvg.Draw(model, options, body, top),
            ChartType.Line => CartesianChartSvg.Draw(model, options, body, top)!.Value,
            _ when model.Horizontal => HorizontalBarSvg.Draw(model, options, body, top),
            _ => CartesianChartSvg.Draw(model, options, body, top) ?? HorizontalBarSvg.Draw(model, options, body, top),
        };
        if (options.ShowTitle && model.Source.Length > 0)
        {
            var lines = Layout.TextMetrics.Wrap(model.Source, options.Width - 16, options.FontSize);
            body.Text(8, height + 8 + options.FontSize, lines, options.LineHeight, $"class=\"chart-source\" fill=\"{ChartPalette.SoftInk}\"");
            height += 8 + lines.Count * options.LineHeight;
        }
        height = Math.Ceiling(height + 8);

        var id = $"chart-{model.Id}{options.IdSuffix}";
        var svg = new SvgWriter();
        svg.Raw($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 {N(options.Width)} {N(height)}\" width=\"{N(options.Width)}\" height=\"{N(height)}\" ")
            .Raw($"role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"{options.FontFamilyAttribute()}\" font-size=\"{N(options.FontSize)}\" fill=\"{ChartPalette.Ink}\">\n")
            .Raw($"<title id=\"{id}-title\">{Escape(model.Title)}</title>\n")
            .Raw($"<desc id=\"{id}-desc\">{Escape(model.Description)}</desc>\n")
            // A standalone file brings its own white; on a page the chart sits on the page's paper.
            .Raw(options.ShowTitle ? "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n" : "")
            .Raw(body.ToString())
            .Raw("</svg>\n");
        return svg.ToString();
    }

    private static string FontFamilyAttribute(this ChartOptions options) => Escape(ChartOptions.FontFamily);

    /// <summary>
    /// Headline and subtitle (unit and period), in standalone files only: on a page the figure's caption
    /// carries them. Then the legend, unless the series are named on the marks or at the lines' ends; returns where the plot may start.
    /// </summary>
    private static double Header(ChartModel model, ChartOptions options, SvgWriter svg)
    {
        // On a page the plot starts at the top: the caption above it is the page's.
        var y = options.ShowTitle || options.ShowSubtitle ? 4.0 : 0.0;
        var lh = options.LineHeight;
        if (options.ShowTitle)
        {
            var big = options.FontSize * 1.2;
            var lines = Layout.TextMetrics.Wrap(model.Title, options.Width - 16, big);
            svg.Text(8, y + big, lines, big * 1.3, $"font-size=\"{N(big)}\" font-weight=\"700\"");
            y += lines.Count * big * 1.3 + 4;
        }
        if ((options.ShowTitle || options.ShowSubtitle) && model.Subtitle.Length > 0)
        {
            var lines = Layout.TextMetrics.Wrap(model.Subtitle, options.Width - 16, options.FontSize);
            svg.Text(8, y + options.FontSize, lines, lh, $"fill=\"{ChartPalette.SoftInk}\"");
            y += lines.Count * lh;
        }
        if (model.Type != ChartType.Donut && model.Series.Count > 1 && !CartesianChartSvg.NamesSegments(model, options) && !CartesianChartSvg.LabelsLines(model, options))
        {
            y = Legend(model, options, svg, y + 4);
        }
        return y == 0 ? 0 : y + 6;
    }

    /// <summary>Series names with their swatch, flowing into as many rows as the width needs.</summary>
    private static double Legend(ChartModel model, ChartOptions options, SvgWriter svg, double y)
    {
        var lh = options.LineHeight;
        var x = 8.0;
        var rowTop = y;
        svg.Open("g", "class=\"chart-legend\"");
        for (var i = 0; i < model.Series.Count; i++)
        {
            var name = model.Series[i].Name;
            var maxText = options.Width - 16 - 22;
            var lines = Layout.TextMetrics.Wrap(name, maxText, options.FontSize);
            var width = 22 + lines.Max(l => Layout.TextMetrics.Width(l, options.FontSize)) + 16;
            if (x > 8 && x + width > options.Width - 8)
            {
                x = 8;
                rowTop += lh;
            }
            var color = ChartPalette.For(i);
            if (model.Type == ChartType.Line) LineSwatch(svg, x, rowTop + lh / 2, i);
            else svg.Raw($"<rect x=\"{N(x)}\" y=\"{N(rowTop + lh / 2 - 6)}\" width=\"14\" height=\"12\" rx=\"2\" fill=\"{color}\"/>\n");
            svg.Text(x + 20, rowTop + options.FontSize, lines, lh);
            rowTop += (lines.Count - 1) * lh;
            x += width;
        }
        svg.Close("g");
        return rowTop + lh;
    }

    private static void LineSwatch(SvgWriter svg, double x, double y, int series)
    {
        svg.Line(x, y, x + 16, y, $"stroke=\"{ChartPalette.For(series)}\" stroke-width=\"2.5\"{CartesianChartSvg.Dash(series)}");
        svg.Raw(CartesianChartSvg.Marker(x + 8, y, series, ChartPalette.For(series), "") + "\n");
    }
}

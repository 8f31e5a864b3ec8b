using ReportSite.Fonts;
using SkiaSharp;
using Svg.Skia;

namespace ReportSite.Charts;

/// <summary>
/// Draws a chart's standalone SVG as pictures: a PNG at twice its size on white (for slides and WeChat) and a
/// one-page PDF of its size in points, in vectors (for the print designer). Every word in the picture is set
/// in the build's one font, whatever family the SVG names. Pure functions of the SVG's bytes and the font.
/// </summary>
public static class ChartPictureRenderer
{
    /// <summary>The PNG's pixels per SVG pixel.</summary>
    public const int Scale = 2;

    /// <summary>zlib level 3, Up filter only, as share images: flat colours and text compress well at little cost.</summary>
    private static readonly SKPngEncoderOptions Encoder = new(SKPngEncoderFilterFlags.Up, 3);

    public static byte[] Png(byte[] svgFile, FontChoice font)
    {
        using var svg = Load(svgFile, font, out var picture);
        var size = Size(picture);
        var info = new SKImageInfo((int)Math.Ceiling(size.Width * Scale), (int)Math.Ceiling(size.Height * Scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(Scale);
        canvas.DrawPicture(picture);
        using var pixels = surface.PeekPixels() ?? throw new InvalidOperationException("a raster surface always has pixels");
        using var data = pixels.Encode(Encoder) ?? throw new InvalidOperationException("PNG encoding failed");
        return data.ToArray();
    }

    public static byte[] Pdf(byte[] svgFile, FontChoice font)
    {
        using var svg = Load(svgFile, font, out var picture);
        var size = Size(picture);
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Creator = "ReportSite", Producer = "ReportSite" }))
        {
            var canvas = document.BeginPage(size.Width, size.Height);
            canvas.DrawPicture(picture);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    private static SKSvg Load(byte[] svgFile, FontChoice font, out SKPicture picture)
    {
        var svg = new SKSvg();
        svg.Settings.TypefaceProviders = [new OneFont(font)];
        using var stream = new MemoryStream(svgFile, writable: false);
        picture = svg.Load(stream) ?? throw new InvalidOperationException("the chart's SVG could not be read");
        return svg;
    }

    /// <summary>The SVG's own size: the standalone chart starts at the origin.</summary>
    private static SKSize Size(SKPicture picture) => new(picture.CullRect.Right, picture.CullRect.Bottom);

    /// <summary>Answers every family the SVG names with the build's font, in the weight asked for.</summary>
    private sealed class OneFont(FontChoice font) : global::Svg.Skia.TypefaceProviders.ITypefaceProvider
    {
        public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle) =>
            font.Typeface(new SKFontStyle(fontWeight, fontWidth, fontStyle));
    }
}

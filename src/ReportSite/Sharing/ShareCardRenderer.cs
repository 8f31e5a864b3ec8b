using ReportSite.Fonts;
using ReportSite.Html;
using SkiaSharp;
using Svg.Skia;

namespace ReportSite.Sharing;

/// <summary>
/// Draws a <see cref="ShareCard"/> as a 1200 x 630 PNG: the background in the card's colour, darkening
/// towards the bottom right as the chapter hero does; the report's title small at the top; the chapter's
/// number and its title large, wrapped to at most three lines; the cover picture on the right. A pure
/// function of the card.
/// </summary>
public static class ShareCardRenderer
{
    /// <summary>
    /// zlib level 3 with only the Up filter: on these cards (a diagonal gradient, flat shapes, text) about 9 ms
    /// and 110 KB, where every filter at level 6 takes 37 ms for 77 KB (README, "Share images").
    /// </summary>
    private static readonly SKPngEncoderOptions Encoder = new(SKPngEncoderFilterFlags.Up, 3);

    private const float Margin = 80;
    private const float CoverWidth = 390;
    private const float CoverHeight = 440;
    private const float TitleSize = 62;
    private static readonly float[] TitleSizes = [TitleSize, 54, 48];
    private const int TitleLines = 3;

    /// <summary>The darker end of the background, as the chapter hero mixes its accent with this ink.</summary>
    private const string Night = "#06121a";

    public static byte[] Png(ShareCard card)
    {
        var info = new SKImageInfo(ShareCard.Width, ShareCard.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        DrawBackground(canvas, card);
        var textRight = ShareCard.Width - Margin;
        if (card.CoverPath is { } cover && DrawCover(canvas, cover)) textRight -= CoverWidth + 48;
        else if (card.Mark is { } mark) DrawMark(canvas, card, mark);
        DrawText(canvas, card, textRight - Margin);
        using var pixels = surface.PeekPixels() ?? throw new InvalidOperationException("a raster surface always has pixels");
        using var data = pixels.Encode(Encoder) ?? throw new InvalidOperationException("PNG encoding failed");
        return data.ToArray();
    }

    private static void DrawBackground(SKCanvas canvas, ShareCard card)
    {
        var from = SKColor.Parse(card.Background);
        var to = DarkEnd(from);
        using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(ShareCard.Width, ShareCard.Height), [from, to], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        canvas.DrawRect(0, 0, ShareCard.Width, ShareCard.Height, paint);
    }

    /// <summary>
    /// The cover on the right, in a rounded frame, at most <see cref="CoverWidth"/> wide and
    /// <see cref="CoverHeight"/> tall: an SVG drawn as vectors, a JPEG or PNG scaled; false when the file cannot be drawn.
    /// </summary>
    private static bool DrawCover(SKCanvas canvas, string path)
    {
        if (!File.Exists(path)) return false;
        if (!path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            using var image = SKImage.FromEncodedData(path);
            if (image is null) return false;
            var frame = Frame(canvas, image.Width, image.Height);
            canvas.DrawImage(image, frame, new SKSamplingOptions(SKCubicResampler.Mitchell));
            canvas.Restore();
            return true;
        }
        using var svg = new SKSvg();
        if (svg.Load(path) is not { } picture) return false;
        var bounds = picture.CullRect;
        if (bounds.Width <= 0 || bounds.Height <= 0) return false;
        var box = Frame(canvas, bounds.Width, bounds.Height);
        canvas.Translate(box.Left, box.Top);
        canvas.Scale(box.Width / bounds.Width);
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(picture);
        canvas.Restore();
        return true;
    }

    /// <summary>Where a cover of this size goes, with the canvas saved and clipped to it; the caller restores.</summary>
    private static SKRect Frame(SKCanvas canvas, float width, float height)
    {
        var scale = Math.Min(CoverWidth / width, CoverHeight / height);
        var frame = SKRect.Create(ShareCard.Width - Margin - (width * scale), (ShareCard.Height - (height * scale)) / 2, width * scale, height * scale);
        canvas.Save();
        canvas.ClipRoundRect(new SKRoundRect(frame, 18), antialias: true);
        return frame;
    }

    /// <summary>The year, large and faint, bleeding off the bottom right: decoration, under the text.</summary>
    private static void DrawMark(SKCanvas canvas, ShareCard card, string mark)
    {
        using var font = new SKFont(Typeface(card, SKFontStyle.Bold), 300);
        using var paint = new SKPaint { Color = SKColor.Parse(card.Ink).WithAlpha(0x14), IsAntialias = true };
        canvas.DrawText(mark, ShareCard.Width + 30, ShareCard.Height + 40, SKTextAlign.Right, font, paint);
    }

    private static void DrawText(SKCanvas canvas, ShareCard card, float width)
    {
        var regular = Typeface(card, SKFontStyle.Normal);
        var bold = Typeface(card, SKFontStyle.Bold);
        var ink = SKColor.Parse(card.Ink);
        using var soft = new SKPaint { Color = ink.WithAlpha(0xE0), IsAntialias = true };
        using var strong = new SKPaint { Color = ink, IsAntialias = true };

        using var small = new SKFont(regular, 28) { Subpixel = true };
        var top = Margin + 28;
        canvas.DrawText(Fit(card.ReportTitle, ShareCard.Width - (2 * Margin), small), Margin, top, SKTextAlign.Left, small, soft);
        canvas.DrawRect(Margin, top + 26, 72, 6, strong);

        // The largest size at which the whole title fits in three lines; at the smallest, an ellipsis ends what does not.
        using var title = new SKFont(bold, TitleSize) { Subpixel = true };
        var lines = ShareLines.Wrap(card.Title, width, int.MaxValue, t => title.MeasureText(t));
        foreach (var size in TitleSizes.Skip(1))
        {
            if (lines.Count <= TitleLines) break;
            title.Size = size;
            lines = ShareLines.Wrap(card.Title, width, int.MaxValue, t => title.MeasureText(t));
        }
        if (lines.Count > TitleLines) lines = ShareLines.Wrap(card.Title, width, TitleLines, t => title.MeasureText(t));
        var lineHeight = title.Size * 1.25f;
        using var label = new SKFont(bold, 34) { Subpixel = true };
        var labelHeight = card.Label is null ? 0 : 34 + 26;
        // The label and title sit together in the middle of the space under the report's title.
        var blockTop = top + 40 + ((ShareCard.Height - top - 40 - Margin - 40 - labelHeight - (lines.Count * lineHeight)) / 2);
        var y = blockTop;
        if (card.Label is { } text)
        {
            y += 34;
            canvas.DrawText(text, Margin, y, SKTextAlign.Left, label, soft);
            y += 26;
        }
        foreach (var line in lines)
        {
            y += lineHeight;
            canvas.DrawText(line, Margin, y - (lineHeight - title.Size) - 4, SKTextAlign.Left, title, strong);
        }

        if (card.Footer is { } footer)
        {
            canvas.DrawText(Fit(footer, width, small), Margin, ShareCard.Height - Margin + 20, SKTextAlign.Left, small, soft);
        }
    }

    /// <summary>One line of small text, cut with an ellipsis when it is wider than <paramref name="width"/>.</summary>
    private static string Fit(string text, float width, SKFont font) =>
        ShareLines.Wrap(text, width, 1, t => font.MeasureText(t)) is [var line, ..] ? line : "";

    /// <summary>The card's font in <paramref name="style"/>, loaded once per process (<see cref="FontChoice.Typeface"/>).</summary>
    private static SKTypeface Typeface(ShareCard card, SKFontStyle style) =>
        (card.Font ?? throw new InvalidOperationException("a card is drawn only with a font")).Typeface(style);

    private static SKColor Mix(SKColor a, SKColor b, float amount) => new(
        (byte)(a.Red + ((b.Red - a.Red) * amount)), (byte)(a.Green + ((b.Green - a.Green) * amount)), (byte)(a.Blue + ((b.Blue - a.Blue) * amount)));

    /// <summary>The darker end of a background, as <see cref="Png"/> draws it, so the ink can be checked against both ends.</summary>
    public static string DarkEnd(string background)
    {
        var c = DarkEnd(SKColor.Parse(background));
        return $"#{c.Red:x2}{c.Green:x2}{c.Blue:x2}";
    }

    private static SKColor DarkEnd(SKColor background) => Mix(background, SKColor.Parse(Night), 0.45f);

    /// <summary>
    /// White or a dark ink, whichever has the better contrast with the worse end of the background. Accent
    /// and brand colours keep 4.5:1 with white (LoadChapters checks accents), and the dark end only adds to it.
    /// </summary>
    public static string InkFor(string background) =>
        new[] { "#ffffff", "#0d1821" }.MaxBy(ink => Math.Min(ColourContrast.Ratio(ink, background), ColourContrast.Ratio(ink, DarkEnd(background))))!;
}

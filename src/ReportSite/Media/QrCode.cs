using System.Text;
using QRCoder;
using ReportSite.Html;

namespace ReportSite.Media;

/// <summary>How print codes are made: error correction, and the PNG's size in pixels (at least).</summary>
public sealed record QrOptions(string ErrorCorrection = "Q", int MinimumPngPixels = QrOptions.PrintPixels)
{
    /// <summary>2.5 cm at 300 dpi: the smallest size the print designer should place.</summary>
    public const int PrintPixels = 296;
}

/// <summary>
/// A QR code for one text: QRCoder encodes the matrix (with the 4-module quiet zone); we draw it
/// as a crisp, scalable SVG and QRCoder writes the PNG. Dark on white, no logo.
/// </summary>
public sealed class QrCode
{
    private readonly QRCodeData _data;

    private QrCode(QRCodeData data) => _data = data;

    public static QrCode Encode(string text, QrOptions options)
    {
        var level = options.ErrorCorrection == "M" ? QRCodeGenerator.ECCLevel.M : QRCodeGenerator.ECCLevel.Q;
        return new QrCode(QRCodeGenerator.GenerateQrCode(text, level));
    }

    /// <summary>Modules per side, quiet zone included.</summary>
    public int Size => _data.ModuleMatrix.Count;

    /// <summary>
    /// One path of unit squares in a viewBox of modules, so the code is sharp at any printed size;
    /// <paramref name="label"/> becomes its accessible name (or it is hidden from screen readers when null).
    /// </summary>
    public string Svg(string? label = null)
    {
        var path = new StringBuilder();
        for (var y = 0; y < Size; y++)
        {
            var row = _data.ModuleMatrix[y];
            for (var x = 0; x < Size; x++)
            {
                if (!row[x]) continue;
                var run = 1;
                while (x + run < Size && row[x + run]) run++;
                path.Append('M').Append(x).Append(' ').Append(y).Append('h').Append(run).Append("v1h-").Append(run).Append('z');
                x += run - 1;
            }
        }
        var name = label is null
            ? "aria-hidden=\"true\""
            : $"role=\"img\" aria-label=\"{MarkupEncoder.Encode(label)}\"";
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 {Size} {Size}\" shape-rendering=\"crispEdges\" {name}>"
            + $"<rect width=\"{Size}\" height=\"{Size}\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"{path}\"/></svg>";
    }

    /// <summary>A PNG of whole pixels per module, at least <paramref name="minimumPixels"/> wide.</summary>
    public byte[] Png(int minimumPixels)
    {
        var perModule = (int)Math.Ceiling(minimumPixels / (double)Size);
        // QRCoder draws its own 4-module quiet zone around the code proper.
        return new PngByteQRCode(_data).GetGraphic(perModule, [0, 0, 0, 255], [255, 255, 255, 255], drawQuietZones: true);
    }
}

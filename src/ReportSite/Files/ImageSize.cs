using System.Buffers.Binary;
using System.Globalization;
using System.Xml;

namespace ReportSite.Files;

/// <summary>
/// A picture's intrinsic size in CSS pixels, read from the file's header (PNG, JPEG, GIF) or the SVG root's
/// width/height or viewBox, so a page can reserve its space before it loads. Null when the file says nothing
/// usable; the page then simply omits the size.
/// </summary>
public readonly record struct ImageSize(int Width, int Height)
{
    public static ImageSize? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Path.GetExtension(path).ToLowerInvariant() == ".svg" ? Svg(stream) : Raster(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
        {
            return null;
        }
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ImageSize? Raster(Stream stream)
    {
        Span<byte> head = stackalloc byte[26];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        if (read >= 24 && head[..8].SequenceEqual(PngSignature))
        {
            return Valid(BinaryPrimitives.ReadInt32BigEndian(head[16..]), BinaryPrimitives.ReadInt32BigEndian(head[20..]));
        }
        if (read >= 10 && head[..3].SequenceEqual("GIF"u8))
        {
            return Valid(BinaryPrimitives.ReadUInt16LittleEndian(head[6..]), BinaryPrimitives.ReadUInt16LittleEndian(head[8..]));
        }
        if (read >= 2 && head[0] == 0xFF && head[1] == 0xD8)
        {
            stream.Position = 2;
            return Jpeg(stream);
        }
        return null;
    }

    /// <summary>Walks the JPEG's segments to the first start-of-frame marker, which holds the size.</summary>
    private static ImageSize? Jpeg(Stream stream)
    {
        Span<byte> segment = stackalloc byte[9];
        while (stream.ReadAtLeast(segment[..4], 4, throwOnEndOfStream: false) == 4 && segment[0] == 0xFF)
        {
            var marker = segment[1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(segment[2..]);
            var startOfFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (startOfFrame)
            {
                if (stream.ReadAtLeast(segment[..5], 5, throwOnEndOfStream: false) < 5) return null;
                return Valid(BinaryPrimitives.ReadUInt16BigEndian(segment[3..]), BinaryPrimitives.ReadUInt16BigEndian(segment[1..]));
            }
            stream.Seek(length - 2, SeekOrigin.Current);
        }
        return null;
    }

    /// <summary>The root's width and height when both are plain numbers (or px), else the viewBox's.</summary>
    private static ImageSize? Svg(Stream stream)
    {
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg") return null;
        if (Pixels(reader.GetAttribute("width")) is { } width && Pixels(reader.GetAttribute("height")) is { } height)
        {
            return Valid(width, height);
        }
        var box = reader.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return box is { Length: 4 } && Pixels(box[2]) is { } boxWidth && Pixels(box[3]) is { } boxHeight ? Valid(boxWidth, boxHeight) : null;
    }

    private static int? Pixels(string? length)
    {
        var number = length?.Trim() is { } trimmed && trimmed.EndsWith("px", StringComparison.Ordinal) ? trimmed[..^2] : length;
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? (int)Math.Round(value) : null;
    }

    private static ImageSize? Valid(int width, int height) => width > 0 && height > 0 ? new ImageSize(width, height) : null;
}

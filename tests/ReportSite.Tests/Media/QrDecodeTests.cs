using ReportSite.Tests.Pipeline;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Media;

/// <summary>
/// Every print code of the sample report decodes back to exactly its short link with an independent
/// decoder (zbarimg): the PNG as written, and the SVG as a browser draws it.
/// </summary>
[Collection(Browser.Collection)]
[Trait("Category", "Slow")]
public sealed class QrDecodeTests : IClassFixture<SampleReportTests.BuiltSample>
{
    private readonly SampleReportTests.BuiltSample _sample;

    public QrDecodeTests(SampleReportTests.BuiltSample sample) => _sample = sample;

    private IReadOnlyDictionary<string, string> ShortUrls =>
        File.ReadAllLines(Path.Combine(_sample.Output, "print", "qr-manifest.csv")).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(cells => cells[0], cells => cells[2]);

    [Fact]
    public void Every_png_decodes_to_its_short_link()
    {
        Assert.True(_sample.Result.Succeeded, string.Join("\n", _sample.Result.Diagnostics));
        Assert.NotEmpty(ShortUrls);
        foreach (var (id, shortUrl) in ShortUrls)
        {
            Assert.Equal([shortUrl], Tools.DecodeQr(Path.Combine(_sample.Output, "print", "qr", id + ".png")));
            Assert.StartsWith("https://csr.example.com/2018/s/" + id + "/", shortUrl);
        }
    }

    [Fact]
    public void Every_svg_drawn_by_a_browser_decodes_to_its_short_link()
    {
        using var dir = new TempDir();
        foreach (var (id, shortUrl) in ShortUrls)
        {
            var png = dir.Combine(id + ".png");
            Tools.Screenshot(Path.Combine(_sample.Output, "print", "qr", id + ".svg"), png, 300, 300);
            Assert.Equal([shortUrl], Tools.DecodeQr(png));
        }
    }

    [Fact]
    public void Pngs_are_big_enough_for_print_at_two_and_a_half_centimetres()
    {
        foreach (var id in ShortUrls.Keys)
        {
            var png = File.ReadAllBytes(Path.Combine(_sample.Output, "print", "qr", id + ".png"));
            var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
            Assert.InRange(width, 296, 600);
        }
    }
}

using ReportSite.Files;

namespace ReportSite.Tests.Files;

public sealed class ImageSizeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("image-size-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 520 440" width="520" height="440"/>""", 520, 440)]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" width="300px" height="150.4px"/>""", 300, 150)]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0,0,480,320"/>""", 480, 320)]
    [InlineData("""<?xml version="1.0"?><!-- drawn by hand --><svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 16 9"/>""", 16, 9)]
    public void An_svg_states_its_size_by_width_and_height_or_else_its_viewBox(string svg, int width, int height)
    {
        Assert.Equal(new ImageSize(width, height), ImageSize.Read(Write("cover.svg", System.Text.Encoding.UTF8.GetBytes(svg))));
    }

    [Fact]
    public void A_png_gives_its_size_from_the_header()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0x04, 0xB0, 0, 0, 0x02, 0x76, 8, 6];
        Assert.Equal(new ImageSize(1200, 630), ImageSize.Read(Write("cover.png", png)));
    }

    [Fact]
    public void A_jpeg_gives_its_size_from_the_first_frame_header_after_other_segments()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0xAA, 0xBB, 0xFF, 0xC0, 0, 17, 8, 0x03, 0x20, 0x05, 0x00, 3];
        Assert.Equal(new ImageSize(1280, 800), ImageSize.Read(Write("cover.jpg", jpeg)));
    }

    [Fact]
    public void A_gif_gives_its_size_from_the_header()
    {
        byte[] gif = [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 0x40, 0x01, 0xF0, 0x00];
        Assert.Equal(new ImageSize(320, 240), ImageSize.Read(Write("cover.gif", gif)));
    }

    [Theory]
    [InlineData("cover.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("cover.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"")]
    [InlineData("cover.svg", "<html/>")]
    [InlineData("cover.webp", "RIFF....WEBPVP8 ")]
    [InlineData("cover.png", "")]
    public void A_file_that_states_no_usable_size_gives_none(string name, string text)
    {
        Assert.Null(ImageSize.Read(Write(name, System.Text.Encoding.UTF8.GetBytes(text))));
    }

    [Fact]
    public void A_missing_file_gives_none()
    {
        Assert.Null(ImageSize.Read(Path.Combine(_dir, "absent.png")));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

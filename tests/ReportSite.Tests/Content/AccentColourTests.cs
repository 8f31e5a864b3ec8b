using ReportSite.Content;

namespace ReportSite.Tests.Content;

public sealed class AccentColourTests
{
    [Theory]
    [InlineData("#0A7C66", "#0a7c66")]
    [InlineData(" #0a7c66 ", "#0a7c66")]
    [InlineData("0a7c66", null)]
    [InlineData("#0a7c6", null)]
    [InlineData("#0a7c6g", null)]
    [InlineData("#0a7c66ff", null)]
    public void Parses_only_six_digit_hex_colours(string written, string? expected) =>
        Assert.Equal(expected, AccentColour.Parse(written));

    [Theory]
    [InlineData("#000000", 21.0)]
    [InlineData("#ffffff", 1.0)]
    [InlineData("#767676", 4.54)]
    public void Measures_contrast_with_white_as_WCAG_does(string colour, double expected) =>
        Assert.Equal(expected, AccentColour.ContrastWithWhite(colour), 2);

    [Theory]
    [InlineData("#f4b942")]
    [InlineData("#ffffff")]
    [InlineData("#7fd3c4")]
    public void Suggests_the_same_hue_just_dark_enough(string colour)
    {
        var darker = AccentColour.Darkened(colour);

        Assert.InRange(AccentColour.ContrastWithWhite(darker), AccentColour.MinimumContrast, 7.5);
    }
}

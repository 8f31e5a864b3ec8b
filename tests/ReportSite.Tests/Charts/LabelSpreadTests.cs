using ReportSite.Charts.Layout;

namespace ReportSite.Tests.Charts;

/// <summary>Labels nudged apart a line at least, as little as possible, inside the plot.</summary>
public sealed class LabelSpreadTests
{
    private const double Gap = 17;

    [Fact]
    public void Labels_already_apart_stay_where_they_are()
    {
        Assert.Equal([40.0, 100, 60], LabelSpread.Spread([40, 100, 60], Gap, 0, 200)!);
    }

    [Fact]
    public void Two_labels_that_collide_move_apart_evenly_around_their_middle()
    {
        var placed = LabelSpread.Spread([100, 104], Gap, 0, 200)!;

        Assert.Equal(93.5, placed[0], 6);
        Assert.Equal(110.5, placed[1], 6);
    }

    [Fact]
    public void Labels_keep_the_order_of_their_points_and_come_back_in_the_order_given()
    {
        // The second wants to sit above the first: it stays above, and the answer is in the callers' order.
        var placed = LabelSpread.Spread([120, 110, 300, 118], Gap, 0, 400)!;

        Assert.Equal(4, placed.Count);
        Assert.True(placed[1] < placed[3] && placed[3] < placed[0], string.Join(", ", placed));
        Assert.Equal(300, placed[2]);
        Assert.Equal(Gap, placed[3] - placed[1], 6);
        Assert.Equal(Gap, placed[0] - placed[3], 6);
        // The group of three is centred where its labels wanted to be on average.
        Assert.Equal((110 + 118 + 120) / 3.0, (placed[0] + placed[1] + placed[3]) / 3, 6);
    }

    [Fact]
    public void A_crowd_at_the_bottom_of_the_plot_slides_up_inside_it()
    {
        var placed = LabelSpread.Spread([198, 199, 200], Gap, 0, 200)!;

        Assert.Equal([166.0, 183, 200], placed);
    }

    [Fact]
    public void A_crowd_at_the_top_slides_down_inside_it()
    {
        var placed = LabelSpread.Spread([5, 0, -10], Gap, 0, 200)!;

        Assert.Equal([34.0, 17, 0], placed);
    }

    [Fact]
    public void A_push_that_reaches_a_neighbour_moves_it_too()
    {
        // The first two collide; spread around their middle, the second would hit the third, so all three share the move.
        var placed = LabelSpread.Spread([50, 52, 70], Gap, 0, 200)!;

        Assert.All(placed.Zip(placed.Skip(1)), pair => Assert.True(pair.Second - pair.First >= Gap - 1e-9, string.Join(", ", placed)));
        Assert.Equal((50 + 52 + 70) / 3.0, placed.Average(), 6);
    }

    [Fact]
    public void Labels_that_cannot_stand_a_line_apart_within_the_bounds_do_not_fit()
    {
        Assert.Null(LabelSpread.Spread([10, 20, 30], Gap, 0, 33));
        Assert.NotNull(LabelSpread.Spread([10, 20, 30], Gap, 0, 34));
        Assert.Empty(LabelSpread.Spread([], Gap, 0, 0)!);
    }
}

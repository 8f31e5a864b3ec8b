namespace ReportSite.Charts.Layout;

/// <summary>
/// A linear value axis with "nice" ticks (steps of 1, 2, 2.5 or 5 times a power of ten) covering the
/// data, so gridlines fall on round numbers a reader can read off.
/// </summary>
public sealed record NiceScale(decimal Min, decimal Max, decimal Step)
{
    public IReadOnlyList<decimal> Ticks
    {
        get
        {
            var ticks = new List<decimal>();
            for (var tick = Min; tick <= Max + Step / 1000; tick += Step) ticks.Add(tick);
            return ticks;
        }
    }

    /// <summary>Decimals needed to write every tick exactly (0 for 0, 50, 100; 1 for 0.5 steps).</summary>
    public int Decimals
    {
        get
        {
            var step = Step;
            var decimals = 0;
            while (decimal.Round(step, decimals) != step && decimals < 10) decimals++;
            return decimals;
        }
    }

    /// <summary>Position of <paramref name="value"/> from 0 (at Min) to 1 (at Max).</summary>
    public double Fraction(decimal value) => Max == Min ? 0 : (double)((value - Min) / (Max - Min));

    /// <summary>
    /// Ticks for values from <paramref name="low"/> to <paramref name="high"/>, about
    /// <paramref name="count"/> of them. Bars start at zero, so callers pass 0 as one of the bounds.
    /// </summary>
    public static NiceScale For(decimal low, decimal high, int count)
    {
        if (high < low) (low, high) = (high, low);
        if (high == low)
        {
            if (high == 0) return new NiceScale(0, 1, 0.25m);
            var pad = Math.Abs(high) / 2;
            (low, high) = low >= 0 ? (0, high + pad) : (low - pad, high <= 0 ? 0 : high);
        }
        // The smallest nice step that covers the values in at most count ticks, so the axis ends
        // close above the largest value (0–150,000 for 108,000, not 0–200,000).
        var step = NiceStep((high - low) / Math.Max(1, count - 1));
        foreach (var smaller in new[] { step / 2.5m, step / 2, step / 4, step / 5 }.Where(IsNice).Order())
        {
            if (Math.Ceiling(high / smaller) - Math.Floor(low / smaller) + 1 <= count)
            {
                step = smaller;
                break;
            }
        }
        var min = Math.Floor(low / step) * step;
        var max = Math.Ceiling(high / step) * step;
        if (max == min) max = min + step;
        return new NiceScale(min, max, step);
    }

    private static bool IsNice(decimal step) => NiceStep(step) == step;

    private static decimal NiceStep(decimal rough)
    {
        var exponent = (int)Math.Floor(Math.Log10((double)rough));
        var power = Pow10(exponent);
        var fraction = rough / power;
        var nice = fraction switch
        {
            <= 1m => 1m,
            <= 2m => 2m,
            <= 2.5m => 2.5m,
            <= 5m => 5m,
            _ => 10m,
        };
        return nice * power;
    }

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++) value *= 10;
        return exponent >= 0 ? value : 1 / value;
    }
}

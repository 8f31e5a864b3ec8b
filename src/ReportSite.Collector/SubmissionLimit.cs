namespace ReportSite.Collector;

/// <summary>
/// Submissions per client per minute, in fixed windows. A request takes a place in its client's window
/// before it is handled and gives it back if it ends as a mistake the reader can correct or a failure
/// of ours, so only what a reader sends successfully, or what is refused for its origin or size, counts.
/// Taking the place first (not counting afterwards) keeps concurrent posts from one client within the limit.
/// </summary>
public sealed class SubmissionLimit(int perMinute, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, Slot> _windows = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>A place in a client's window, to give back with <see cref="Return"/>; null when the limit is off.</summary>
    public sealed record Place(string Client, DateTimeOffset WindowEnds);

    /// <summary>False when <paramref name="client"/> has used up its window; <paramref name="retryAfter"/> then says when it ends.</summary>
    public bool TryTake(string client, out Place? place, out TimeSpan retryAfter)
    {
        (place, retryAfter) = (null, TimeSpan.Zero);
        if (perMinute <= 0) return true;
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            Sweep(now);
            var slot = _windows.TryGetValue(client, out var current) && current.Ends > now ? current : new Slot(now + Window, 0);
            if (slot.Count >= perMinute)
            {
                retryAfter = slot.Ends - now;
                return false;
            }
            _windows[client] = slot with { Count = slot.Count + 1 };
            place = new Place(client, slot.Ends);
            return true;
        }
    }

    /// <summary>Gives a place back, if its window is still the client's current one.</summary>
    public void Return(Place? place)
    {
        if (place is null) return;
        lock (_lock)
        {
            if (_windows.TryGetValue(place.Client, out var slot) && slot.Ends == place.WindowEnds && slot.Count > 0)
            {
                _windows[place.Client] = slot with { Count = slot.Count - 1 };
            }
        }
    }

    /// <summary>Forgets ended windows once a minute, so the table holds only the last minute's clients.</summary>
    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep) return;
        foreach (var client in _windows.Where(w => w.Value.Ends <= now).Select(w => w.Key).ToList()) _windows.Remove(client);
        _nextSweep = now + Window;
    }

    private readonly record struct Slot(DateTimeOffset Ends, int Count);
}

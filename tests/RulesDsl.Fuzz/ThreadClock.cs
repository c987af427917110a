using System.Globalization;

namespace RulesDsl.Fuzz;

/// <summary>
/// The processor time the calling thread has used, from Linux's /proc/thread-self/stat (user and system time, in the
/// kernel's clock ticks of 1/100 s): what an input costs whatever else the machine runs, and whichever other thread
/// stops this one for a garbage collection. Null elsewhere, where the wall clock is all there is.
/// </summary>
internal static class ThreadClock
{
    private const string Stat = "/proc/thread-self/stat";

    // USER_HZ, which Linux fixes at 100 for what it reports to programs.
    private const double TicksPerSecond = 100;

    public static TimeSpan? Now()
    {
        if (!File.Exists(Stat))
        {
            return null;
        }

        var stat = File.ReadAllText(Stat);
        // The fields after the command name, which is in parentheses and may hold spaces: state is the first, utime the 12th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}

#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace nephos {

/// How a job trace writes points in time (docs/data.md, "Generic job traces").
enum class TraceTimeFormat {
    Seconds,      ///< a number of seconds (any epoch; fractions allowed)
    Milliseconds, ///< a number of milliseconds
    Iso8601       ///< 2024-03-01T12:00:00[.fffffffff][Z|±hh:mm|±hhmm]; ' ' may replace 'T'
};

/// A point in time as whole seconds plus a fraction in [0, 1), so that nanosecond digits of
/// epoch timestamps survive differences.
struct TraceTime
{
    std::int64_t seconds = 0;
    double fraction = 0.0;

    /// this - other in seconds.
    double secondsSince(const TraceTime& other) const
    {
        return static_cast<double>(seconds - other.seconds) + (fraction - other.fraction);
    }
};

/// "seconds", "milliseconds" or "iso8601" -> format; false for any other name.
bool traceTimeFormatFromName(std::string_view name, TraceTimeFormat& format);
/// The names traceTimeFormatFromName accepts, "seconds|milliseconds|iso8601".
const char* traceTimeFormatNames();

/// Parses one field. ISO-8601: date `YYYY-MM-DD`, optionally followed by `T` or one space and
/// `hh:mm[:ss[.f…]]` (1 to 9 fractional digits), optionally followed by `Z`, `±hh:mm` or
/// `±hhmm`; without a zone the time is taken as UTC. A date alone is midnight UTC.
/// On failure returns false and sets *problem (e.g. "month 13 is out of range").
bool parseTraceTime(std::string_view text, TraceTimeFormat format, TraceTime& out,
                    std::string* problem);

} // namespace nephos

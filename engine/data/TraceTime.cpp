#include "data/TraceTime.h"

#include <charconv>
#include <cmath>
#include <string>

namespace nephos {

namespace {

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy =
        (153 * static_cast<unsigned>(m > 2 ? m - 3 : m + 9) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

int daysInMonth(std::int64_t y, int m)
{
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

/// Reads exactly `n` digits at `pos`.
bool digits(std::string_view s, std::size_t& pos, int n, int& value)
{
    value = 0;
    for (int i = 0; i < n; ++i, ++pos) {
        if (pos >= s.size() || s[pos] < '0' || s[pos] > '9')
            return false;
        value = value * 10 + (s[pos] - '0');
    }
    return true;
}

bool fail(std::string* problem, const std::string& text)
{
    if (problem)
        *problem = text;
    return false;
}

bool parseIso(std::string_view s, TraceTime& out, std::string* problem)
{
    const std::string expected = "expected an ISO-8601 time like 2024-03-01T12:00:00Z";
    std::size_t p = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(s, p, 4, year) || p >= s.size() || s[p++] != '-' || !digits(s, p, 2, month) ||
        p >= s.size() || s[p++] != '-' || !digits(s, p, 2, day))
        return fail(problem, expected);
    if (month < 1 || month > 12)
        return fail(problem, "month " + std::to_string(month) + " is out of range");
    if (day < 1 || day > daysInMonth(year, month))
        return fail(problem, "day " + std::to_string(day) + " is out of range");
    double fraction = 0.0;
    int offsetMinutes = 0;
    if (p < s.size()) {
        if (s[p] != 'T' && s[p] != 't' && s[p] != ' ')
            return fail(problem, expected);
        ++p;
        if (!digits(s, p, 2, hour) || p >= s.size() || s[p++] != ':' || !digits(s, p, 2, minute))
            return fail(problem, expected);
        if (p < s.size() && s[p] == ':') {
            ++p;
            if (!digits(s, p, 2, second))
                return fail(problem, expected);
            if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
                ++p;
                double scale = 0.1;
                int count = 0;
                while (p < s.size() && s[p] >= '0' && s[p] <= '9') {
                    fraction += (s[p++] - '0') * scale;
                    scale /= 10.0;
                    ++count;
                }
                if (count == 0 || count > 9)
                    return fail(problem, "expected 1 to 9 fractional second digits");
            }
        }
        if (hour > 23 || minute > 59 || second > 60)
            return fail(problem, "time of day out of range");
        if (p < s.size()) {
            if (s[p] == 'Z' || s[p] == 'z') {
                ++p;
            } else if (s[p] == '+' || s[p] == '-') {
                const int sign = s[p++] == '-' ? -1 : 1;
                int oh = 0, om = 0;
                if (!digits(s, p, 2, oh))
                    return fail(problem, "expected a zone like Z, +02:00 or -0530");
                if (p < s.size() && s[p] == ':')
                    ++p;
                if (!digits(s, p, 2, om) || oh > 23 || om > 59)
                    return fail(problem, "expected a zone like Z, +02:00 or -0530");
                offsetMinutes = sign * (oh * 60 + om);
            }
        }
        if (p != s.size())
            return fail(problem, expected);
    }
    out.seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second -
                  std::int64_t(offsetMinutes) * 60;
    out.fraction = fraction;
    return true;
}

} // namespace

bool traceTimeFormatFromName(std::string_view name, TraceTimeFormat& format)
{
    if (name == "seconds")
        format = TraceTimeFormat::Seconds;
    else if (name == "milliseconds")
        format = TraceTimeFormat::Milliseconds;
    else if (name == "iso8601")
        format = TraceTimeFormat::Iso8601;
    else
        return false;
    return true;
}

const char* traceTimeFormatNames()
{
    return "seconds|milliseconds|iso8601";
}

bool parseTraceTime(std::string_view text, TraceTimeFormat format, TraceTime& out,
                    std::string* problem)
{
    if (format == TraceTimeFormat::Iso8601)
        return parseIso(text, out, problem);
    double v = 0.0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, v); // locale-independent
    if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(v))
        return fail(problem, "not a number");
    if (format == TraceTimeFormat::Milliseconds)
        v /= 1000.0;
    if (std::fabs(v) > 9.0e15)
        return fail(problem, "out of range");
    const double whole = std::floor(v);
    out.seconds = static_cast<std::int64_t>(whole);
    out.fraction = v - whole;
    return true;
}

} // namespace nephos

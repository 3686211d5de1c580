#pragma once

#include <vector>

namespace ck {

// The figures the bench commands print: milliseconds to the microsecond, medians and maxima.
struct BenchFigures
{
    static double rounded(double milliseconds);
    static double median(std::vector<double> values);
    // The smallest value at least `fraction` of them do not exceed (0.99: the 99th percentile).
    static double percentile(std::vector<double> values, double fraction);
    static double maximum(const std::vector<double> &values);
    static long peakRssKb();
};

} // namespace ck

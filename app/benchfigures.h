#pragma once

#include <vector>

namespace ck {

// The figures the bench commands print: milliseconds to the microsecond, medians and maxima.
struct BenchFigures
{
    static double rounded(double milliseconds);
    static double median(std::vector<double> values);
    static double maximum(const std::vector<double> &values);
    static long peakRssKb();
};

} // namespace ck

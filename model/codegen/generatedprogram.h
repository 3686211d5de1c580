#pragma once

#include "codelines.h"

#include <QString>

namespace ck {

// A program written for a scenario and mode, with the line each step of the scenario landed on.
struct GeneratedProgram
{
    QString text;
    CodeLines lines;
};

} // namespace ck

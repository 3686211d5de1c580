#pragma once

#include "scenario/step.h"

#include <QString>
#include <QStringList>

namespace ck {

class StepKind;

// The table of step kinds: the one place that lists them.
class StepKinds
{
public:
    static const StepKind &of(Step::Kind kind);
    static const StepKind &of(const Step &step) { return of(step.kind); }
    // The kind whose key is `key` ("wait"), with its Step::Kind in `kind`; nullptr if none.
    static const StepKind *find(const QString &key, Step::Kind *kind = nullptr);
    static QStringList keys(); // in the order of Step::Kind
};

} // namespace ck

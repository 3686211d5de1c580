#pragma once

#include <QCoreApplication>

class QTextStream;

namespace ck {

// `corokitchen serve [--port P]`: runs the loopback server alone, logs one line per request
// and stops cleanly on SIGINT or SIGTERM (Ctrl+C).
class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    // Runs QCoreApplication::exec() until a stop signal. Returns 0, or 2 if the server cannot
    // listen (one line on `err`).
    static int run(quint16 port, QTextStream &out, QTextStream &err);
};

} // namespace ck

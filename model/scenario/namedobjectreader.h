#pragma once

#include "namedobject.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <vector>

namespace ck {

class JsonFieldReader;
class JsonPath;

// Reads a scenario's "objects": [{"name": "machine", "type": "Lock"}, {"name": "pool", "type":
// "Semaphore", "value": 2}, {"name": "orders", "type": "Queue", "maxsize": 3}, ...]. Names are
// identifiers, each declared once; a clash with a task or routine is the validator's to refuse.
class NamedObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(NamedObjectReader)

public:
    static bool read(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                     std::vector<NamedObject> &objects);

private:
    static bool readObject(const QJsonValue &value, const JsonPath &path, JsonFieldReader &reader,
                           NamedObject &object);
    // "value" of a Semaphore, "maxsize" of a Queue: a whole number from `least` on.
    static bool readNumber(const QJsonObject &object, const QString &key, int least,
                           const JsonPath &path, JsonFieldReader &reader, int &number);
};

} // namespace ck

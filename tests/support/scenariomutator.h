#pragma once

// Deterministic mutations of scenario files, for the tests that feed the loader what users and
// broken editors may write: the same seed gives the same files on every machine and compiler
// (its own generator and no std distributions, whose results the standard leaves open).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <vector>

namespace cktest {

class ScenarioMutator
{
public:
    explicit ScenarioMutator(quint64 seed) : m_state(seed) {}

    // One mutation of `json` (sometimes two or three in a row); `kind` gets their names.
    QByteArray mutate(const QByteArray &json, QString *kind)
    {
        kind->clear();
        QByteArray out = json;
        const int count = below(5) == 0 ? 2 + int(below(2)) : 1;
        for (int i = 0; i < count; ++i) {
            if (!kind->isEmpty())
                *kind += QLatin1Char('+');
            out = mutateOnce(out, kind);
        }
        return out;
    }

    // splitmix64: small, fast, and the same everywhere.
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    quint64 below(quint64 bound) { return bound == 0 ? 0 : next() % bound; }

private:
    using Path = std::vector<QVariant>; // QString keys and qsizetype indices

    QByteArray mutateOnce(const QByteArray &json, QString *kind)
    {
        static const char *const kinds[] = {
            "flip",        "insert",      "delete",       "truncate",      "splice",
            "wrong type",  "huge number", "deep nesting", "duplicate key", "remove",
            "unknown key", "odd string",  "swap names",   "repeat",        "edge number"};
        const quint64 which = below(std::size(kinds));
        *kind += QString::fromLatin1(kinds[which]);
        switch (which) {
        case 0:
            return flipBits(json);
        case 1:
            return insertBytes(json);
        case 2:
            return deleteBytes(json);
        case 3:
            return json.left(qsizetype(below(quint64(json.size()))));
        case 4:
            return splice(json);
        case 5:
            return replaceValue(json, wrongType());
        case 6:
            return replaceNumberText(json, hugeNumbers());
        case 7:
            return deepNesting(json);
        case 8:
            return duplicateKey(json);
        case 9:
            return removeValue(json);
        case 10:
            return addUnknownKey(json);
        case 11:
            return replaceString(json, oddString());
        case 12:
            return swapNames(json);
        case 13:
            return repeatElement(json);
        default:
            return replaceNumberText(json, edgeNumbers());
        }
    }

    // Byte-level mutations: mostly non-JSON afterwards.
    QByteArray flipBits(QByteArray json)
    {
        if (json.isEmpty())
            return json;
        for (quint64 i = 0, n = 1 + below(4); i < n; ++i)
            json[qsizetype(below(quint64(json.size())))] ^= char(1 << below(8));
        return json;
    }
    QByteArray insertBytes(QByteArray json)
    {
        static const QByteArray syntax = QByteArrayLiteral("{}[]\",:0123456789-.eE \\\ntfn");
        const qsizetype at = qsizetype(below(quint64(json.size()) + 1));
        QByteArray bytes;
        for (quint64 i = 0, n = 1 + below(4); i < n; ++i)
            bytes += below(2) == 0 ? char(below(256)) : syntax.at(qsizetype(below(syntax.size())));
        return json.insert(at, bytes);
    }
    QByteArray deleteBytes(QByteArray json)
    {
        if (json.isEmpty())
            return json;
        const qsizetype at = qsizetype(below(quint64(json.size())));
        return json.remove(at, qsizetype(1 + below(8)));
    }
    QByteArray splice(const QByteArray &json)
    {
        if (json.isEmpty())
            return json;
        const qsizetype from = qsizetype(below(quint64(json.size())));
        const QByteArray piece = json.mid(from, qsizetype(1 + below(64)));
        QByteArray out = json;
        return out.insert(qsizetype(below(quint64(json.size()) + 1)), piece);
    }

    // Structural mutations: the tree is read, changed at one place, and written back.
    static void collect(const QJsonValue &value, Path &path, std::vector<Path> &paths)
    {
        paths.push_back(path);
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                path.push_back(it.key());
                collect(it.value(), path, paths);
                path.pop_back();
            }
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                path.push_back(QVariant::fromValue(i));
                collect(array.at(i), path, paths);
                path.pop_back();
            }
        }
    }
    static QJsonValue at(const QJsonValue &root, const Path &path)
    {
        QJsonValue value = root;
        for (const QVariant &step : path)
            value = step.typeId() == QMetaType::QString ? value.toObject().value(step.toString())
                                                        : value.toArray().at(step.toLongLong());
        return value;
    }
    // `with` undefined removes the value.
    static QJsonValue replaced(const QJsonValue &value, const Path &path, std::size_t depth,
                               const QJsonValue &with)
    {
        if (depth == path.size())
            return with;
        const QVariant &step = path[depth];
        if (step.typeId() == QMetaType::QString) {
            QJsonObject object = value.toObject();
            const QString key = step.toString();
            const QJsonValue inner = replaced(object.value(key), path, depth + 1, with);
            if (inner.isUndefined())
                object.remove(key);
            else
                object.insert(key, inner);
            return object;
        }
        QJsonArray array = value.toArray();
        const qsizetype index = step.toLongLong();
        const QJsonValue inner = replaced(array.at(index), path, depth + 1, with);
        if (inner.isUndefined())
            array.removeAt(index);
        else
            array.replace(index, inner);
        return array;
    }

    // A random value of the document (not the root), or nothing when it is not JSON.
    bool pick(const QByteArray &json, QJsonValue &root, Path &path,
              bool (*accept)(const QJsonValue &) = nullptr)
    {
        const QJsonDocument document = QJsonDocument::fromJson(json);
        if (document.isNull())
            return false;
        root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        std::vector<Path> paths;
        Path current;
        collect(root, current, paths);
        std::vector<Path> candidates;
        for (std::size_t i = 1; i < paths.size(); ++i) {
            if (!accept || accept(at(root, paths[i])))
                candidates.push_back(paths[i]);
        }
        if (candidates.empty())
            return false;
        path = candidates[std::size_t(below(candidates.size()))];
        return true;
    }
    static QByteArray written(const QJsonValue &root)
    {
        const QJsonDocument document =
            root.isObject() ? QJsonDocument(root.toObject()) : QJsonDocument(root.toArray());
        return document.toJson(QJsonDocument::Compact);
    }

    QByteArray replaceValue(const QByteArray &json, const QJsonValue &with)
    {
        QJsonValue root;
        Path path;
        if (!pick(json, root, path))
            return json;
        return written(replaced(root, path, 0, with));
    }
    QByteArray removeValue(const QByteArray &json)
    {
        return replaceValue(json, QJsonValue(QJsonValue::Undefined));
    }
    QByteArray replaceString(const QByteArray &json, const QString &with)
    {
        QJsonValue root;
        Path path;
        if (!pick(json, root, path, [](const QJsonValue &v) { return v.isString(); }))
            return json;
        return written(replaced(root, path, 0, with));
    }
    QByteArray swapNames(const QByteArray &json)
    {
        QJsonValue root;
        Path from;
        Path to;
        const auto isString = [](const QJsonValue &v) { return v.isString(); };
        if (!pick(json, root, from, isString) || !pick(json, root, to, isString))
            return json;
        return written(replaced(root, to, 0, at(root, from)));
    }
    QByteArray addUnknownKey(const QByteArray &json)
    {
        QJsonValue root;
        Path path;
        if (!pick(json, root, path, [](const QJsonValue &v) { return v.isObject(); }))
            return json;
        QJsonObject object = at(root, path).toObject();
        static const char *const keys[] = {"colour", "Name", "step", "", "tasks", "en", "wait"};
        object.insert(QString::fromLatin1(keys[below(std::size(keys))]), wrongType());
        return written(replaced(root, path, 0, object));
    }
    QByteArray repeatElement(const QByteArray &json)
    {
        QJsonValue root;
        Path path;
        if (!pick(json, root, path,
                  [](const QJsonValue &v) { return v.isArray() && !v.toArray().isEmpty(); }))
            return json;
        QJsonArray array = at(root, path).toArray();
        const QJsonValue element = array.at(qsizetype(below(quint64(array.size()))));
        for (quint64 i = 0, n = 1 + below(below(2) == 0 ? 4 : 60); i < n; ++i)
            array.append(element);
        return written(replaced(root, path, 0, array));
    }
    // A value wrapped in arrays, up to past the parser's 1024 levels.
    QByteArray deepNesting(const QByteArray &json)
    {
        static const QString marker = QStringLiteral("@@nest@@");
        QJsonValue root;
        Path path;
        if (!pick(json, root, path))
            return json;
        const QByteArray inner = written(QJsonArray{at(root, path)}).chopped(1).mid(1);
        const int depth = below(3) == 0 ? 1000 + int(below(60)) : 1 + int(below(40));
        QByteArray out = written(replaced(root, path, 0, marker));
        return out.replace('"' + marker.toLatin1() + '"',
                           QByteArray(depth, '[') + inner + QByteArray(depth, ']'));
    }
    // The first key of an object given once more before it, with another value.
    QByteArray duplicateKey(const QByteArray &json)
    {
        const QJsonDocument document = QJsonDocument::fromJson(json);
        if (document.isNull())
            return json;
        QByteArray out = document.toJson(QJsonDocument::Compact);
        std::vector<qsizetype> objects;
        for (qsizetype i = out.indexOf("{\""); i >= 0; i = out.indexOf("{\"", i + 1))
            objects.push_back(i);
        if (objects.empty())
            return out;
        const qsizetype at = objects[std::size_t(below(objects.size()))];
        const qsizetype end = out.indexOf("\":", at + 2);
        if (end < 0)
            return out;
        const QByteArray key = out.mid(at + 1, end - at);
        static const char *const values[] = {"1", "\"x\"", "[]", "{}", "null", "true"};
        return out.insert(at + 1, key + ':' + values[below(std::size(values))] + ',');
    }
    // A number of the text (a run of digits) replaced as text, so that 1e999 can appear.
    QByteArray replaceNumberText(const QByteArray &json, const std::vector<QByteArray> &choices)
    {
        static const QByteArray numberChars = QByteArrayLiteral("0123456789.eE+-");
        std::vector<std::pair<qsizetype, qsizetype>> numbers;
        for (qsizetype i = 0; i < json.size(); ++i) {
            const char c = json.at(i);
            if ((c >= '0' && c <= '9') &&
                (i == 0 || json.at(i - 1) == ' ' || json.at(i - 1) == ':' ||
                 json.at(i - 1) == '[' || json.at(i - 1) == ',')) {
                qsizetype end = i;
                while (end < json.size() && numberChars.contains(json.at(end)))
                    ++end;
                numbers.emplace_back(i, end - i);
                i = end;
            }
        }
        if (numbers.empty())
            return json;
        const auto [from, length] = numbers[std::size_t(below(numbers.size()))];
        QByteArray out = json;
        return out.replace(from, length, choices[std::size_t(below(choices.size()))]);
    }

    QJsonValue wrongType()
    {
        switch (below(9)) {
        case 0:
            return QStringLiteral("3 s");
        case 1:
            return 7;
        case 2:
            return -1;
        case 3:
            return true;
        case 4:
            return QJsonValue::Null;
        case 5:
            return QJsonArray{1, QStringLiteral("x")};
        case 6:
            return QJsonObject{{QStringLiteral("wait"), 1}};
        case 7:
            return QJsonObject{};
        default:
            return QString();
        }
    }
    QString oddString()
    {
        switch (below(7)) {
        case 0:
            return QString();
        case 1:
            return QString(5000, QLatin1Char('x'));
        case 2:
            return QStringLiteral("line one\nline two\r\u2028\t\u0001");
        case 3:
            return QStringLiteral("커피 ☕ \U0001F600");
        case 4:
            return QStringLiteral("brew coffee");
        case 5:
            return QString(QChar(0xD800)); // a lone surrogate
        default:
            return QStringLiteral("fly");
        }
    }
    static std::vector<QByteArray> hugeNumbers()
    {
        return {"1e999",
                "-1e999",
                "1e308",
                "-1e308",
                "1e-400",
                "9007199254740993",
                "18446744073709551616",
                "4294967296",
                "1073741825",
                "86400.0000001",
                "1e30"};
    }
    static std::vector<QByteArray> edgeNumbers()
    {
        return {"0",       "-0",      "1",     "0.001", "0.5", "86400", "1073741824",
                "1048576", "1048577", "16384", "2",     "1.5", "-0.0"};
    }

    quint64 m_state;
};

} // namespace cktest

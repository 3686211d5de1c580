#include "scenariodocument.h"

#include "documentedit.h"
#include "scenario/scenarioloader.h"
#include "trace/atomicfilewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ck {

namespace {

QJsonObject starter()
{
    const QJsonObject step{{QStringLiteral("wait"), 1}};
    const QJsonObject task{{QStringLiteral("name"), QStringLiteral("task_1")},
                           {QStringLiteral("steps"), QJsonArray{step}}};
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("corokitchen-scenario/1")},
                       {QStringLiteral("id"), QStringLiteral("my-scenario")},
                       {QStringLiteral("title"), QStringLiteral("My scenario")},
                       {QStringLiteral("tasks"), QJsonArray{task}}};
}

} // namespace

ScenarioDocument::ScenarioDocument(QObject *parent) : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, &ScenarioDocument::modifiedChanged);
    reset(starter(), QString());
}

ScenarioDocument::~ScenarioDocument()
{
    // The undo stack says it went clean as it is destroyed: nobody may hear that any more.
    disconnect(&m_undo, nullptr, this, nullptr);
}

void ScenarioDocument::newDocument()
{
    reset(starter(), QString());
}

bool ScenarioDocument::open(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    const QJsonDocument json = QJsonDocument::fromJson(bytes);
    if (!json.isObject()) {
        // The loader says exactly what is wrong, with the line and column.
        *error = ScenarioLoader::fromJson(bytes, QFileInfo(path).fileName()).error;
        return false;
    }
    reset(json.object(), QFileInfo(path).absoluteFilePath());
    return true;
}

bool ScenarioDocument::saveAs(const QString &path, QString *error)
{
    const QByteArray bytes = QJsonDocument(m_root).toJson(QJsonDocument::Indented);
    if (!AtomicFileWriter::write(path, bytes, error))
        return false;
    m_path = QFileInfo(path).absoluteFilePath();
    m_undo.setClean();
    revalidate(); // messages name the file
    Q_EMIT changed();
    return true;
}

void ScenarioDocument::detachFromFile()
{
    m_path.clear();
    revalidate();
    Q_EMIT changed();
}

QString ScenarioDocument::displayName() const
{
    return m_path.isEmpty() ? QStringLiteral("untitled.json") : QFileInfo(m_path).fileName();
}

void ScenarioDocument::edit(const QJsonObject &root, const QString &what)
{
    if (root == m_root)
        return;
    m_undo.push(new DocumentEdit(*this, m_root, root, what));
}

void ScenarioDocument::replaceRoot(const QJsonObject &root)
{
    m_root = root;
    revalidate();
    Q_EMIT changed();
}

void ScenarioDocument::revalidate()
{
    m_check = ScenarioLoader::fromJson(QJsonDocument(m_root).toJson(QJsonDocument::Compact),
                                       displayName());
    m_scenario = m_check.ok() ? std::make_shared<const Scenario>(*m_check.scenario) : nullptr;
}

void ScenarioDocument::reset(const QJsonObject &root, const QString &path)
{
    m_undo.clear();
    m_path = path;
    m_root = root;
    revalidate();
    Q_EMIT changed();
    Q_EMIT modifiedChanged();
}

} // namespace ck

// MainWindow, part 5: the scenario editor dock, its files, drag and drop, and the preview.
#include "mainwindow.h"

#include "editor/scenariodocument.h"
#include "editor/scenarioeditor.h"
#include "runcontroller.h"
#include "scenario/builtinscenarios.h"
#include "scenariopicker.h"
#include "timeline/timelineview.h"
#include "windowsettings.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ck {

void MainWindow::createEditorDock()
{
    m_editor = new ScenarioEditor(this);
    m_editorDock = new QDockWidget(this);
    m_editorDock->setObjectName(QStringLiteral("editorDock"));
    m_editorDock->setWidget(m_editor);
    m_editorDock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_8));
    connect(m_editor, &ScenarioEditor::scenarioReady, this, &MainWindow::previewEdited);
    connect(m_editor->document(), &ScenarioDocument::modifiedChanged, this,
            &MainWindow::updateEditorTitle);
    connect(m_editor->document(), &ScenarioDocument::changed, this, &MainWindow::updateEditorTitle);
    connect(m_editor->document(), &ScenarioDocument::changed, this,
            &MainWindow::updateStalePreview);
    createStalePreviewLabel();
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newScenario);
    m_editAction = new QAction(this);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editCurrentScenario);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] { saveScenario(); });
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::askSaveScenarioAs);
    setAcceptDrops(true);
}

// Over the timeline while the edited scenario has an error: the preview is of the last valid
// version, not of what the editor holds.
void MainWindow::createStalePreviewLabel()
{
    m_stalePreview = new QLabel(centralWidget());
    m_stalePreview->setObjectName(QStringLiteral("stalePreview"));
    m_stalePreview->setWordWrap(true);
    m_stalePreview->setContentsMargins(8, 4, 8, 4);
    m_stalePreview->setFrameShape(QFrame::StyledPanel);
    m_stalePreview->setBackgroundRole(QPalette::ToolTipBase);
    m_stalePreview->setForegroundRole(QPalette::ToolTipText);
    m_stalePreview->setAutoFillBackground(true);
    m_stalePreview->hide();
    auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout());
    layout->insertWidget(layout->indexOf(m_timeline), m_stalePreview);
}

void MainWindow::updateStalePreview()
{
    const ScenarioDocument *document = m_editor->document();
    const QString editedKey = document->path().isEmpty() ? kEditedKey : document->path();
    m_stalePreview->setVisible(!document->check().ok() && m_scenarioKey == editedKey &&
                               m_controller->hasRuns());
}

void MainWindow::retranslateEditor()
{
    m_newAction->setText(tr("&New scenario"));
    m_editAction->setText(tr("&Edit this scenario"));
    m_editAction->setToolTip(tr("Open the current scenario in the editor (a built-in as a copy)"));
    m_saveAction->setText(tr("Sa&ve scenario"));
    m_saveAsAction->setText(tr("Save scenario &as…"));
    m_editorDock->toggleViewAction()->setText(tr("Scenario edi&tor"));
    m_stalePreview->setText(tr("⚠ The timeline shows the last valid version of the edited "
                               "scenario: the editor holds an error (see under its tree)."));
    updateEditorTitle();
}

void MainWindow::updateEditorTitle()
{
    const ScenarioDocument *document = m_editor->document();
    m_editorDock->setWindowTitle(tr("Editor — %1%2")
                                     .arg(document->displayName(), document->isModified()
                                                                       ? QStringLiteral(" *")
                                                                       : QString()));
}

void MainWindow::whenChangesAreSafe(const std::function<void()> &then)
{
    if (!m_editor->document()->isModified()) {
        then();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Unsaved changes"),
        tr("%1 has changes that are not saved.").arg(m_editor->document()->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChanges"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, then](int) {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Discard || (answer == QMessageBox::Save && saveScenario()))
            then();
    });
    box->open(); // window-modal, no nested event loop
}

void MainWindow::newScenario()
{
    whenChangesAreSafe([this] {
        m_editor->document()->newDocument();
        showEditor();
        previewEdited(m_editor->document()->scenario());
    });
}

bool MainWindow::editScenarioFile(const QString &path)
{
    QString error;
    if (!m_editor->document()->open(path, &error)) {
        showWarning(tr("Cannot open the scenario"), error);
        return false;
    }
    showEditor();
    if (m_editor->document()->scenario())
        previewEdited(m_editor->document()->scenario());
    return true;
}

void MainWindow::editCurrentScenario()
{
    whenChangesAreSafe([this] {
        if (QFileInfo(m_scenarioKey).isFile()) {
            editScenarioFile(m_scenarioKey);
            return;
        }
        // A built-in is edited as an untitled copy: saving asks where to.
        if (BuiltinScenarios::contains(m_scenarioKey) &&
            editScenarioFile(QStringLiteral(":/scenarios/%1.json").arg(m_scenarioKey)))
            m_editor->document()->detachFromFile();
    });
}

bool MainWindow::saveScenario()
{
    if (m_editor->document()->path().isEmpty()) {
        askSaveScenarioAs();
        return false; // saved (or not) once the dialog is answered
    }
    return saveScenarioAs(m_editor->document()->path());
}

bool MainWindow::saveScenarioAs(const QString &path)
{
    QString error;
    if (!m_editor->document()->saveAs(path, &error)) {
        showWarning(tr("Cannot save the scenario"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    // The saved file is the current scenario now: in the picker and the recent files.
    WindowSettings settings;
    settings.addRecentFile(m_editor->document()->path());
    m_picker->setRecentFiles(settings.recentFiles());
    if (m_editor->document()->scenario())
        previewEdited(m_editor->document()->scenario());
    return true;
}

void MainWindow::askSaveScenarioAs()
{
    const QString current = m_editor->document()->path();
    auto *dialog = new QFileDialog(this, tr("Save scenario as"),
                                   current.isEmpty() ? QString() : QFileInfo(current).path());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setNameFilters({tr("CoroKitchen scenarios (*.json)")});
    dialog->selectFile(m_editor->document()->displayName());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { saveScenarioAs(path); });
    dialog->open();
}

void MainWindow::showEditor()
{
    m_editorDock->show();
    m_editorDock->raise();
}

// Every valid state of the edited scenario runs at once on the virtual clock.
void MainWindow::previewEdited(std::shared_ptr<const Scenario> scenario)
{
    if (!scenario)
        return;
    dropBuild();
    m_scenario = std::move(scenario);
    const QString path = m_editor->document()->path();
    m_scenarioKey = path.isEmpty() ? kEditedKey : path;
    m_picker->setCurrentKey(m_scenarioKey);
    updateTitles();
    preview();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() &&
        urls.first().toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    event->acceptProposedAction();
    whenChangesAreSafe([this, path] {
        if (selectScenario(path))
            editScenarioFile(path);
    });
}

} // namespace ck

#include "urldialog.h"

#include "scenario/urlscenario.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ck {

UrlDialog::UrlDialog(QWidget *parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(this)), m_hint(new QLabel(this)),
      m_status(new QLabel(this)), m_gather(new QRadioButton(this)),
      m_sequential(new QRadioButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("urlDialog"));
    m_edit->setObjectName(QStringLiteral("urlEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(true);
    m_hint->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("urlStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gather->setChecked(true);
    auto *modes = new QVBoxLayout;
    modes->addWidget(m_gather);
    modes->addWidget(m_sequential);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    layout->addLayout(modes);
    layout->addWidget(m_buttons);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &UrlDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    validate();
    resize(640, 420);
}

QString UrlDialog::text() const
{
    return m_edit->toPlainText();
}

void UrlDialog::setText(const QString &text)
{
    m_edit->setPlainText(text); // validates through textChanged
}

RunSelection UrlDialog::selection() const
{
    return Strategy(m_gather->isChecked() ? Strategy::Kind::Gather : Strategy::Kind::Sequential);
}

void UrlDialog::setSelection(const RunSelection &selection)
{
    const bool concurrent = selection.isCompare() || selection.strategy().isConcurrent();
    (concurrent ? m_gather : m_sequential)->setChecked(true);
}

QString UrlDialog::message() const
{
    return m_status->text();
}

void UrlDialog::validate()
{
    const QString text = m_edit->toPlainText();
    ScenarioLoadResult loaded = UrlScenario::fromUrls(text);
    m_scenario =
        loaded.ok() ? std::make_shared<const Scenario>(std::move(*loaded.scenario)) : nullptr;
    QString message;
    bool bad = false;
    if (m_scenario) {
        const int count = int(m_scenario->tasks.size());
        message = count == 1 ? tr("1 URL: task get_1 downloads it on the real clock.")
                             : tr("%n URLs: tasks get_1 … get_%n download them on the real "
                                  "clock.",
                                  nullptr, count);
    } else if (text.trimmed().isEmpty()) {
        message = tr("Paste one http(s) URL per line.");
    } else {
        message = loaded.error;
        bad = true;
    }
    m_status->setText(message);
    m_status->setStyleSheet(bad ? QStringLiteral("color: #c62828;") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_scenario != nullptr);
}

void UrlDialog::retranslate()
{
    setWindowTitle(tr("Download URLs"));
    m_hint->setText(tr("One http(s) URL per line, at most %1; blank lines and lines starting "
                       "with # are skipped. Each URL becomes a task that downloads it.")
                        .arg(UrlScenario::kMaxUrls));
    m_edit->setPlaceholderText(tr("https://example.com/report.pdf\nhttps://example.com/photo.jpg"));
    m_gather->setText(tr("Run concurrently (gather)"));
    m_sequential->setText(tr("Run one by one (sequential)"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Download"));
}

} // namespace ck

#pragma once

// The warning boxes a window opened (window-modal, without a nested event loop), for tests.

#include <QCoreApplication>
#include <QEvent>
#include <QMessageBox>
#include <QStringList>
#include <QWidget>

namespace cktest {

inline QStringList warnings(const QWidget &window)
{
    QStringList texts;
    for (const QMessageBox *box : window.findChildren<QMessageBox *>())
        if (box->icon() == QMessageBox::Warning && box->isVisible())
            texts << box->text();
    return texts;
}

inline void closeWarnings(const QWidget &window)
{
    for (QMessageBox *box : window.findChildren<QMessageBox *>())
        box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace cktest

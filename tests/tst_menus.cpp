// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include "isolatedsettings.h"

#include "mainwindow.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using ck::MainWindow;

namespace {

// The mnemonic of a menu text, lower case ("Export C&SV…" -> 's', "파일(&F)" -> 'f'), or a null
// character when it has none ("&&" is a literal ampersand).
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Each action's mnemonic (menus by their title) that another action of the list has too.
QStringList clashes(const QList<QAction *> &actions)
{
    QHash<QChar, QString> owners;
    QStringList found;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = action->menu() ? action->menu()->title() : action->text();
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            continue;
        if (owners.contains(key))
            found << QStringLiteral("%1 / %2").arg(owners.value(key), text);
        owners.insert(key, text);
    }
    return found;
}

} // namespace

// Menus a keyboard can walk: no two entries of one menu share a mnemonic, in English and
// Korean; and the shortcuts dialog shows every key in full.
class TstMenus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void mnemonicsAreUniquePerMenu_data();
    void mnemonicsAreUniquePerMenu();
    void shortcutsDialogShowsEveryKeyInFull_data();
    void shortcutsDialogShowsEveryKeyInFull();
    void toolBarButtonsShowNoMnemonic_data();
    void toolBarButtonsShowNoMnemonic();

private:
    void useLanguage(const QString &language);

    std::unique_ptr<QTranslator> m_translator;
};

void TstMenus::initTestCase()
{
    cktest::useIsolatedSettings(QStringLiteral("tst_menus"));
}

void TstMenus::init()
{
    QSettings().clear();
}

void TstMenus::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void TstMenus::useLanguage(const QString &language)
{
    if (language != QLatin1String("ko"))
        return;
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(QStringLiteral(":/i18n/corokitchen_ko.qm")));
    QCoreApplication::installTranslator(m_translator.get());
}

void TstMenus::mnemonicsAreUniquePerMenu_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Korean") << QStringLiteral("ko");
}

void TstMenus::mnemonicsAreUniquePerMenu()
{
    QFETCH(QString, language);
    useLanguage(language);
    ck::LaunchOptions options;
    options.scenario = QStringLiteral("kitchen");
    options.language = language;
    MainWindow window(options);
    QCOMPARE(clashes(window.menuBar()->actions()), QStringList());
    const QList<QMenu *> menus = window.findChildren<QMenu *>();
    QVERIFY(menus.size() >= 6); // File, Run, View, Help and their submenus
    int withMnemonics = 0;
    for (const QMenu *menu : menus) {
        QVERIFY2(clashes(menu->actions()).isEmpty(),
                 qPrintable(menu->title() + QStringLiteral(": ") +
                            clashes(menu->actions()).join(QStringLiteral(", "))));
        for (const QAction *action : menu->actions())
            withMnemonics += mnemonicOf(action->text()).isNull() ? 0 : 1;
    }
    QVERIFY(withMnemonics >= 40); // the menus really were walked
}

void TstMenus::shortcutsDialogShowsEveryKeyInFull_data()
{
    mnemonicsAreUniquePerMenu_data();
}

void TstMenus::shortcutsDialogShowsEveryKeyInFull()
{
    QFETCH(QString, language);
    useLanguage(language);
    ck::LaunchOptions options;
    options.language = language;
    MainWindow window(options);
    ck::ShortcutsDialog dialog(window.allActions(), &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *table = dialog.table();
    QVERIFY(table->rowCount() > 30);
    const int keysRight = table->columnViewportPosition(1) + table->columnWidth(1);
    QVERIFY2(keysRight <= table->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(keysRight).arg(table->viewport()->width())));
    const QFontMetrics metrics(table->font());
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString keys = table->item(row, 1)->text();
        QVERIFY2(table->columnWidth(1) >= metrics.horizontalAdvance(keys), qPrintable(keys));
    }
    // The names have the rest of the width, and the longest fits at the usual font.
    QVERIFY(table->columnWidth(0) >= metrics.horizontalAdvance(QStringLiteral("Step forward")));
}

void TstMenus::toolBarButtonsShowNoMnemonic_data()
{
    mnemonicsAreUniquePerMenu_data();
}

// A toolbar button reads "실행", not "실행(R)": Qt drops the '&' of a button's text but not the
// "(R)" Korean menus append; nor does the tooltip Qt makes of an icon's text keep it.
void TstMenus::toolBarButtonsShowNoMnemonic()
{
    QFETCH(QString, language);
    useLanguage(language);
    ck::LaunchOptions options;
    options.language = language;
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    static const QRegularExpression mnemonic(QStringLiteral("&|\\([A-Za-z]\\)"));
    int buttons = 0;
    for (const QToolBar *toolBar : window.findChildren<QToolBar *>(Qt::FindDirectChildrenOnly)) {
        for (const QToolButton *button : toolBar->findChildren<QToolButton *>()) {
            if (!button->defaultAction() || button->defaultAction()->text().isEmpty())
                continue;
            ++buttons;
            QVERIFY2(!button->text().contains(mnemonic), qPrintable(button->text()));
            QVERIFY2(!button->toolTip().contains(mnemonic), qPrintable(button->toolTip()));
        }
    }
    QVERIFY(buttons >= 10); // run, stop, instant, the modes and the replay's five
}

QTEST_MAIN(TstMenus)
#include "tst_menus.moc"

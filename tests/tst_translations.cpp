// moc reads the C++20 library headers only after a Qt header, so QtTest comes first.
#include <QTest>

#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// Messages of a Qt Linguist .ts file that still wait for a translation: "context: source".
QStringList unfinishedIn(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QStringList unfinished;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") &&
                 xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
            unfinished << context + QStringLiteral(": ") + source;
    }
    if (xml.hasError())
        *error = xml.errorString();
    return unfinished;
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void koreanCatalogueIsComplete();
    void koreanIsCompiledIn();
};

void TstTranslations::koreanCatalogueIsComplete()
{
    QString error;
    const QStringList unfinished =
        unfinishedIn(QStringLiteral(COROKITCHEN_I18N_DIR "/corokitchen_ko.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 untranslated, e.g. %2")
                                                  .arg(unfinished.size())
                                                  .arg(unfinished.value(0))));
}

void TstTranslations::koreanIsCompiledIn()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/corokitchen_ko.qm")));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.translate("LogFormat", "Total execution time : %1 seconds"),
             QStringLiteral("총 실행 시간 : %1 초"));
    QCOMPARE(translator.translate("Strategy", "Sequential"), QStringLiteral("순차 실행"));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"

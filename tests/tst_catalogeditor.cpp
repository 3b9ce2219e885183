// The catalog editor: edits in the table reach the catalog on OK and only then,
// seed models stay, files import whole or not at all, exports read back, and
// the dashboard keeps the changes in its settings.
#include "catalog/catalog.h"
#include "catalogcompare.h"
#include "mainwindow.h"
#include "models/catalogeditmodel.h"
#include "models/catalogfiltermodel.h"
#include "models/catalogmodel.h"
#include "modeltesting.h"
#include "settings/appsettings.h"
#include "widgets/catalogeditor.h"
#include "widgets/tableview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ModelTesting;

namespace {

int rowOf(const QAbstractItemModel &m, const QString &id)
{
    for (int row = 0; row < m.rowCount(); ++row) {
        if (m.index(row, CatalogEditModel::Id).data(Qt::EditRole).toString() == id)
            return row;
    }
    return -1;
}

QPushButton *button(const QDialog &dialog, const QString &text)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

// Types into the cell's editor as the user does, and commits with Return.
template<typename Editor, typename Fill>
bool editCell(TableView *view, const QModelIndex &index, Fill fill)
{
    view->setCurrentIndex(index);
    view->edit(index);
    auto *editor = qobject_cast<Editor *>(view->indexWidget(index));
    if (!editor)
        return false;
    fill(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the view commits and closes the editor in a queued call
    return !view->indexWidget(index);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCatalogEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void editModel();
    void catalogModelReplaced();
    void dialogEditsApplyOnOk();
    void removeAndReset();
    void import();
    void exportReadsBack();
    void settingsKeepTheCatalog();
    void dashboardEditsAndRemembers();

private:
    QTemporaryDir m_dir;
};

void TestCatalogEditor::editModel()
{
    CatalogEditModel model(Catalog::builtIn());
    Tester tester(&model, kQtTest);
    model.setModels(Catalog::builtIn().models());
    QCOMPARE(model.rowCount(), 15);
    const int glm = rowOf(model, QStringLiteral("glm-5"));
    const QModelIndex price = model.index(glm, CatalogEditModel::OutputPrice);
    QCOMPARE(price.data().toString(), QStringLiteral("$1.92"));
    QVERIFY(model.setData(price, 1.255));
    QCOMPARE(price.data().toString(), QStringLiteral("$1.255")); // every decimal typed
    QVERIFY(!model.setData(price, -1));                          // never negative
    QVERIFY(!model.setData(price, QStringLiteral("cheap")));
    QCOMPARE(model.models().at(glm).outputPricePerM, std::optional<double>(1.255));
    QVERIFY(model.setData(price, QString())); // empty: unknown, not 0
    QVERIFY(!model.models().at(glm).outputPricePerM);
    QVERIFY(!model.index(glm, CatalogEditModel::InputPrice).data(Qt::EditRole).isValid());

    const QModelIndex date = model.index(glm, CatalogEditModel::PriceAsOf);
    QVERIFY(model.setData(date, QStringLiteral("2026-06-02")));
    QCOMPARE(date.data(Qt::EditRole).toDate(), QDate(2026, 6, 2));
    QVERIFY(!model.setData(date, QStringLiteral("June")));
    QVERIFY(model.setData(date, QDate()));
    QCOMPARE(date.data().toString(), QStringLiteral("unknown"));

    // A seed model keeps its id; the API id falls back to it.
    QVERIFY(!(model.flags(model.index(glm, CatalogEditModel::Id)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(glm, CatalogEditModel::Id), QStringLiteral("renamed")));
    QCOMPARE(model.index(glm, CatalogEditModel::ApiId).data().toString(), QStringLiteral("glm-5"));
    QVERIFY(model.setData(model.index(glm, CatalogEditModel::ApiId), QStringLiteral("z-ai/glm-5")));
    QCOMPARE(model.models().at(glm).sentId(), QStringLiteral("z-ai/glm-5"));
    QVERIFY(model.isEdited(glm));
    QVERIFY(!model.removeModel(glm));
    QVERIFY(model.resetToSeed(glm));
    QVERIFY(!model.isEdited(glm));
    QCOMPARE(model.models().at(glm).outputPricePerM, std::optional<double>(1.92));

    // A new model needs an id of its own.
    const int mine = model.addModel();
    QCOMPARE(mine, 15);
    QVERIFY(model.isUserModel(mine));
    QCOMPARE(model.problems(), QStringList{QStringLiteral("Row 16 has no id: enter the id the model is known by.")});
    QVERIFY(model.setData(model.index(mine, CatalogEditModel::Id), QStringLiteral("glm-5")));
    QVERIFY2(model.problems().value(0).contains(QStringLiteral("same id \"glm-5\"")),
             qPrintable(joined(model.problems())));
    QVERIFY(model.setData(model.index(mine, CatalogEditModel::Id), QStringLiteral("my-llama")));
    QVERIFY(model.problems().isEmpty());
    QVERIFY(model.setData(model.index(mine, CatalogEditModel::Reasoning), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.models().at(mine).reasoning);
    QVERIFY(model.removeModel(mine));
    QCOMPARE(model.rowCount(), 15);
}

void TestCatalogEditor::catalogModelReplaced()
{
    Catalog catalog = Catalog::builtIn();
    CatalogModel model(&catalog);
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    Tester tester(&model, kQtTest);
    Tester filterTester(&filter, kQtTest);
    model.setCheckedIds({QStringLiteral("glm-5"), QStringLiteral("qwen3-8b")});
    Catalog edited = catalog;
    ModelInfo mine;
    mine.id = mine.name = QStringLiteral("my-llama");
    mine.userDefined = true;
    edited.upsert(mine);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.replaceCatalog(edited);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 16);
    QCOMPARE(filter.rowCount(), 16);
    // Checks stay; the new model comes in checked, as one added from the picker does.
    QCOMPARE(joined(model.checkedIds()), QStringLiteral("qwen3-8b, glm-5, my-llama"));
    QVERIFY(edited.remove(QStringLiteral("my-llama")));
    model.replaceCatalog(edited);
    QCOMPARE(joined(model.checkedIds()), QStringLiteral("qwen3-8b, glm-5"));
}

void TestCatalogEditor::dialogEditsApplyOnOk()
{
    const Catalog catalog = Catalog::builtIn();
    CatalogEditor editor(catalog);
    Tester tester(editor.model(), kQtTest);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const int glm = rowOf(*editor.model(), QStringLiteral("glm-5"));
    QVERIFY(editCell<QLineEdit>(editor.view(), editor.model()->index(glm, CatalogEditModel::InputPrice),
                                [](QLineEdit *e) { e->setText(QStringLiteral("0.35")); }));
    QVERIFY(editCell<QDateEdit>(editor.view(), editor.model()->index(glm, CatalogEditModel::PriceAsOf),
                                [](QDateEdit *e) { e->setDate(QDate(2026, 7, 1)); }));
    QVERIFY(editCell<QLineEdit>(editor.view(), editor.model()->index(glm, CatalogEditModel::OutputPrice),
                                [](QLineEdit *e) { e->clear(); })); // unknown now

    QPushButton *ok = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    button(editor, QStringLiteral("Add"))->click();
    QCOMPARE(editor.model()->rowCount(), 16);
    QVERIFY(!ok->isEnabled()); // no id yet
    QVERIFY2(editor.message().contains(QStringLiteral("Row 16 has no id")), qPrintable(editor.message()));
    const QModelIndex newId = editor.model()->index(15, CatalogEditModel::Id);
    auto *idEditor = qobject_cast<QLineEdit *>(editor.view()->indexWidget(newId)); // Add opened it
    QVERIFY(idEditor);
    QTest::keyClicks(idEditor, QStringLiteral("my-llama"));
    QTest::keyClick(idEditor, Qt::Key_Return);
    QTRY_VERIFY(ok->isEnabled()); // the view commits in a queued call
    QVERIFY(!editor.view()->indexWidget(newId));
    QVERIFY(editor.message().isEmpty());
    ok->click();
    QCOMPARE(editor.result(), int(QDialog::Accepted));

    const Catalog applied = editor.catalog();
    const ModelInfo *m = applied.model(QStringLiteral("glm-5"));
    QCOMPARE(m->inputPricePerM, std::optional<double>(0.35));
    QVERIFY(!m->outputPricePerM);
    QCOMPARE(m->priceAsOf, QDate(2026, 7, 1));
    QVERIFY(!m->userDefined);
    const ModelInfo *mine = applied.model(QStringLiteral("my-llama"));
    QVERIFY(mine && mine->userDefined);
    QCOMPARE(mine->name, QStringLiteral("my-llama")); // no name given: the id
    QCOMPARE(applied.models().last().id, QStringLiteral("my-llama"));

    if (qEnvironmentVariableIsSet("TOKENMETER_SCREENSHOTS")) {
        editor.view()->setCurrentIndex(editor.model()->index(glm, 0));
        QVERIFY(editor.grab().save(qEnvironmentVariable("TOKENMETER_SCREENSHOTS") + u"/catalogeditor.png"));
    }
}

void TestCatalogEditor::removeAndReset()
{
    Catalog catalog = Catalog::builtIn();
    ModelInfo mine;
    mine.id = mine.name = QStringLiteral("my-llama");
    mine.userDefined = true;
    catalog.upsert(mine);
    ModelInfo glm = *catalog.model(QStringLiteral("glm-5"));
    glm.outputPricePerM = 9;
    catalog.upsert(glm);
    CatalogEditor editor(catalog);
    QPushButton *remove = button(editor, QStringLiteral("Remove"));
    QPushButton *reset = button(editor, QStringLiteral("Reset to seed"));
    const int seedRow = rowOf(*editor.model(), QStringLiteral("qwen3-8b"));
    editor.view()->setCurrentIndex(editor.model()->index(seedRow, 0));
    QVERIFY(!remove->isEnabled()); // the seed's models stay
    QVERIFY(!reset->isEnabled());  // and this one is as the seed has it
    editor.view()->setCurrentIndex(editor.model()->index(rowOf(*editor.model(), QStringLiteral("glm-5")), 0));
    QVERIFY(!remove->isEnabled());
    QVERIFY(reset->isEnabled());
    reset->click();
    QCOMPARE(editor.catalog().model(QStringLiteral("glm-5"))->outputPricePerM, std::optional<double>(1.92));
    editor.view()->setCurrentIndex(editor.model()->index(rowOf(*editor.model(), QStringLiteral("my-llama")), 0));
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(editor.model()->rowCount(), 15);
    editor.reject();
    QVERIFY(!editor.catalog().model(QStringLiteral("my-llama")));
    QVERIFY(catalog.model(QStringLiteral("my-llama"))); // Cancel: the catalog itself never changed
}

void TestCatalogEditor::import()
{
    CatalogEditor editor(Catalog::builtIn());
    const int qwen = rowOf(*editor.model(), QStringLiteral("qwen3-8b"));
    QVERIFY(editor.model()->setData(editor.model()->index(qwen, CatalogEditModel::InputPrice), 0.02));
    const QString good = m_dir.filePath(QStringLiteral("good.json"));
    QVERIFY(writeFile(good, R"json({"schema": "tokenmeter.catalog/1", "models": [
        {"id": "glm-5", "endpoint": "openrouter", "price_as_of": "2026-06-01"},
        {"id": "gpt-4o-mini", "provider": "OpenAI", "output_price_usd_per_m": 0.6}
    ]})json"));
    QVERIFY2(editor.importFile(good), qPrintable(editor.message()));
    QCOMPARE(editor.message(), QStringLiteral("Imported good.json: the catalog has 16 model(s)."));
    const Catalog imported = editor.catalog();
    QCOMPARE(imported.model(QStringLiteral("glm-5"))->endpoint, QStringLiteral("openrouter"));
    QCOMPARE(imported.model(QStringLiteral("gpt-4o-mini"))->outputPricePerM, std::optional<double>(0.6));
    QCOMPARE(imported.model(QStringLiteral("qwen3-8b"))->inputPricePerM, std::optional<double>(0.02)); // edit kept

    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(
        broken, "{\"models\": [\n  {\"id\": \"new-one\"},\n  {\"id\": \"glm-5\", \"price_as_of\": \"soon\"}\n]}"));
    QVERIFY(!editor.importFile(broken));
    QVERIFY2(editor.message().contains(QStringLiteral("broken.json:3: models[1].price_as_of: \"soon\" is not a date")),
             qPrintable(editor.message()));
    QCOMPARE(CatalogCompare::difference(editor.catalog(), imported), QString()); // nothing changed, not even new-one
    if (qEnvironmentVariableIsSet("TOKENMETER_SCREENSHOTS")) {
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.grab().save(qEnvironmentVariable("TOKENMETER_SCREENSHOTS") + u"/catalogeditor-import.png"));
    }
}

void TestCatalogEditor::exportReadsBack()
{
    CatalogEditor editor(Catalog::builtIn());
    const int row = editor.model()->addModel();
    QVERIFY(editor.model()->setData(editor.model()->index(row, CatalogEditModel::Id), QStringLiteral("mine")));
    QVERIFY(editor.model()->setData(editor.model()->index(row, CatalogEditModel::OutputPrice), 0.5));
    QVERIFY(editor.model()->setData(editor.model()->index(row, CatalogEditModel::PriceAsOf), QDate(2026, 5, 1)));
    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    QVERIFY2(editor.exportFile(path), qPrintable(editor.message()));
    Catalog back = Catalog::builtIn();
    QString error;
    QVERIFY2(back.mergeFile(path, &error), qPrintable(error));
    QCOMPARE(CatalogCompare::difference(back, editor.catalog()), QString());
    QCOMPARE(back.model(QStringLiteral("mine"))->priceAsOf, QDate(2026, 5, 1));

    // A table with problems is not written.
    QVERIFY(editor.model()->setData(editor.model()->index(row, CatalogEditModel::Id), QStringLiteral("glm-5")));
    QVERIFY(!button(editor, QStringLiteral("Export…"))->isEnabled());
    QVERIFY(!editor.exportFile(m_dir.filePath(QStringLiteral("never.json"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.json"))));
}

void TestCatalogEditor::settingsKeepTheCatalog()
{
    const QString ini = m_dir.filePath(QStringLiteral("legacy.ini"));
    {
        QSettings old(ini, QSettings::IniFormat); // as an older Tokenmeter left it
        old.setValue(QStringLiteral("catalog/custom"),
                     QByteArray(
                         R"json([{"id": "my-llama", "name": "Llama", "provider": "Me", "output_price_usd_per_m": 0.2,
                                         "reasoning": true}, {"id": " "}, {"id": "odd", "output_price_usd_per_m": "x"}])json"));
    }
    AppSettings settings(ini);
    Catalog catalog = Catalog::builtIn();
    QString error;
    QVERIFY2(catalog.load(settings.userCatalog(), QStringLiteral("settings"), &error), qPrintable(error));
    QCOMPARE(catalog.models().size(), 17);
    const ModelInfo *mine = catalog.model(QStringLiteral("my-llama"));
    QVERIFY(mine && mine->userDefined && mine->reasoning);
    QCOMPARE(mine->name, QStringLiteral("Llama"));
    QCOMPARE(mine->outputPricePerM, std::optional<double>(0.2));
    QVERIFY(!catalog.model(QStringLiteral("odd"))->outputPricePerM); // the bad price is dropped, not the model

    settings.setUserCatalog(catalog.overridesJson(Catalog::builtIn()));
    settings.sync();
    QVERIFY(!QSettings(ini, QSettings::IniFormat).contains(QStringLiteral("catalog/custom")));
    AppSettings reread(ini);
    Catalog again = Catalog::builtIn();
    QVERIFY2(again.load(reread.userCatalog(), QStringLiteral("settings"), &error), qPrintable(error));
    QCOMPARE(CatalogCompare::difference(again, catalog), QString());
}

void TestCatalogEditor::dashboardEditsAndRemembers()
{
    const QString ini = m_dir.filePath(QStringLiteral("dashboard.ini"));
    {
        Catalog catalog = Catalog::builtIn();
        AppSettings settings(ini);
        MainWindow window(&catalog, &settings);
        QAction *action = nullptr;
        for (QAction *a : window.menuBar()->findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K))
                action = a;
        }
        QVERIFY(action);
        action->trigger();
        auto *editor = window.findChild<CatalogEditor *>();
        QVERIFY(editor && editor->isVisible());
        if (qEnvironmentVariableIsSet("TOKENMETER_SCREENSHOTS")) {
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(editor));
            QVERIFY(editor->grab().save(qEnvironmentVariable("TOKENMETER_SCREENSHOTS") + u"/dashboard-catalog.png"));
        }
        const int glm = rowOf(*editor->model(), QStringLiteral("glm-5"));
        QVERIFY(editor->model()->setData(editor->model()->index(glm, CatalogEditModel::OutputPrice), 1.5));
        // The saved endpoints are offered for the endpoint.
        const QString endpoint = settings.endpoints().value(0).id;
        QVERIFY(!endpoint.isEmpty());
        QVERIFY(editCell<QComboBox>(editor->view(), editor->model()->index(glm, CatalogEditModel::Endpoint),
                                    [&](QComboBox *c) {
                                        QCOMPARE(c->count(), int(settings.endpoints().size()) + 1);
                                        c->setCurrentText(endpoint);
                                    }));
        QCOMPARE(editor->model()->models().at(glm).endpoint, endpoint);
        editor->accept();
        const CatalogModel *shown = window.catalogModel();
        int shownRow = -1;
        for (int r = 0; r < shown->rowCount(); ++r) {
            if (shown->index(r, 0).data(CatalogModel::ModelIdRole) == QStringLiteral("glm-5"))
                shownRow = r;
        }
        QCOMPARE(shown->index(shownRow, CatalogModel::Price).data().toString(), QStringLiteral("$1.50"));
        QCOMPARE(catalog.model(QStringLiteral("glm-5"))->outputPricePerM, std::optional<double>(1.5));
        window.close();
    }
    Catalog fresh = Catalog::builtIn();
    AppSettings settings(ini);
    MainWindow window(&fresh, &settings);
    QCOMPARE(fresh.model(QStringLiteral("glm-5"))->outputPricePerM, std::optional<double>(1.5));
    QCOMPARE(fresh.model(QStringLiteral("glm-5"))->endpoint, settings.endpoints().value(0).id);
}

QTEST_MAIN(TestCatalogEditor)
#include "tst_catalogeditor.moc"

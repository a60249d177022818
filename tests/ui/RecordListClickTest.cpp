// The lists of the Clients, Principals, Engagements and Complaints pages opened with the mouse
// (issue 15, item 2): a click on a row shows that record, a second click on it keeps it shown,
// a click on another row shows the other, a double-click opens the row and goes into its form,
// and a list of one row opens with a click too. Real clicks on each row's visual rectangle.
#include "PersonInput.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "common/forms/RecordForm.h"
#include "common/models/RecordTableModel.h"
#include "engagements/EngagementPage.h"
#include "engagements/EngagementTermsForm.h"
#include "main/PracticeView.h"
#include "main/RecordListPane.h"
#include "main/RecordPage.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "vault/Vault.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>

using namespace mandaat;
using namespace mandaat::test;

class RecordListClickTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<PracticeView> m_view;

    /// Shows \a page with a click on its entry in the navigation.
    RecordPage* open(PracticeView::Page page)
    {
        auto* navigation = named<QListWidget>(m_view.get(), "navigationListWidget");
        person::clickItem(navigation, navigation->model()->index(static_cast<int>(page), 0));
        if (m_view->currentPage() != page) {
            qWarning("the navigation did not show the page");
            return nullptr;
        }
        switch (page) {
        case PracticeView::Page::Clients:
            return m_view->clientsPage();
        case PracticeView::Page::Principals:
            return m_view->principalsPage();
        case PracticeView::Page::Engagements:
            return m_view->engagementsPage();
        case PracticeView::Page::Complaints:
            return m_view->complaintsPage();
        default:
            return nullptr;
        }
    }

    /// The text the form of \a page shows in its field \a field (a line or a text edit).
    static QString shown(RecordPage* page, const char* field)
    {
        QWidget* widget = named<QWidget>(page->form(), field);
        if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            return line->text();
        }
        if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
            return text->toPlainText();
        }
        return {};
    }

    /// Clicks through the list of \a page whose rows show \a names in \a column, and checks
    /// that the form shows each row's record in \a field (which holds the same text).
    void clickThrough(PracticeView::Page which, int column, const QStringList& names, const char* field)
    {
        RecordPage* page = open(which);
        QVERIFY(page);
        QTableView* table = page->list()->view();
        QTRY_COMPARE(table->model()->rowCount(), names.size());
        RecordForm* form = page->form();
        QCOMPARE(form->recordId(), 0);

        const auto idOf = [table, column](const QString& name) {
            return person::rowShowing(table, name, column).data(RecordTableModel::IdRole).toLongLong();
        };
        const QString first = names.first();
        QVERIFY(idOf(first) > 0);

        // One click opens the row.
        QVERIFY(person::clickItem(table, person::rowShowing(table, first, column)));
        QTRY_COMPARE(form->recordId(), idOf(first));
        QVERIFY(form->isShowing());
        QCOMPARE(shown(page, field), first);

        // A second click on it keeps it shown.
        QVERIFY(person::clickItem(table, person::rowShowing(table, first, column)));
        QTest::qWait(50);
        QCOMPARE(form->recordId(), idOf(first));
        QVERIFY(form->isShowing());
        QCOMPARE(shown(page, field), first);

        // A click on every other row opens that one.
        for (const QString& name : names.mid(1)) {
            QVERIFY(person::clickItem(table, person::rowShowing(table, name, column)));
            QTRY_COMPARE(form->recordId(), idOf(name));
            QCOMPARE(shown(page, field), name);
            QCOMPARE(page->list()->currentId(), idOf(name));
        }

        // A double-click opens the row and goes into the record's form.
        QVERIFY(person::clickItem(table, person::rowShowing(table, first, column), true));
        QTRY_COMPARE(form->recordId(), idOf(first));
        QCOMPARE(shown(page, field), first);
        QTRY_VERIFY(QApplication::focusWidget() && page->isAncestorOf(QApplication::focusWidget()) &&
                    !table->isAncestorOf(QApplication::focusWidget()) && QApplication::focusWidget() != table);
        QVERIFY(!form->isDirty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VaultError vaultError;
        m_vault = Vault::create(m_dir.filePath(QStringLiteral("t.mandaat")), passphrase(), &vaultError);
        QVERIFY2(m_vault, qPrintable(vaultError.message));
        {
            Records records(*m_vault);
            RecordError error;
            Principal principal;
            principal.organisation = QStringLiteral("Logistiek BV");
            QVERIFY2(records.principals().save(principal, &error), qPrintable(error.message));
            QList<qint64> clients;
            for (const char* name : {"Ann Peeters", "Bram Maes", "Chris Wouters"}) {
                Client client;
                client.name = QString::fromUtf8(name);
                QVERIFY2(records.clients().save(client, &error), qPrintable(error.message));
                clients << client.id;
            }
            QList<qint64> engagements;
            for (const char* title : {"Career coaching Ann", "Outplacement Bram"}) {
                Engagement engagement;
                engagement.clientId = clients.at(engagements.size());
                engagement.principalId = principal.id;
                engagement.kind = EngagementKind::CareerCoaching;
                engagement.title = QString::fromUtf8(title);
                QVERIFY2(records.engagements().save(engagement, &error), qPrintable(error.message));
                engagements << engagement.id;
            }
            Complaint complaint;
            complaint.engagementId = engagements.first();
            complaint.receivedOn = QDate::currentDate().addDays(-3);
            complaint.summary = QStringLiteral("The report was sent without my knowledge.");
            QVERIFY2(records.compliance().save(complaint, &error), qPrintable(error.message));
        }
        m_view = std::make_unique<PracticeView>();
        m_view->open(*m_vault);
        m_view->resize(1366, 768);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        if (m_vault) {
            m_vault->close();
        }
    }

    void clients()
    {
        clickThrough(PracticeView::Page::Clients,
                     0,
                     {QStringLiteral("Bram Maes"), QStringLiteral("Ann Peeters"), QStringLiteral("Chris Wouters")},
                     "nameLineEdit");
    }

    void principalsOneRow()
    {
        clickThrough(PracticeView::Page::Principals, 0, {QStringLiteral("Logistiek BV")}, "organisationLineEdit");
    }

    void engagements()
    {
        clickThrough(PracticeView::Page::Engagements,
                     0,
                     {QStringLiteral("Outplacement Bram"), QStringLiteral("Career coaching Ann")},
                     "titleLineEdit");
    }

    void complaintsOneRow()
    {
        // The list names the client; the form shows what the complaint is about.
        RecordPage* page = open(PracticeView::Page::Complaints);
        QVERIFY(page);
        QTableView* table = page->list()->view();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const QModelIndex row = table->model()->index(0, 0);
        QVERIFY2(table->model()->index(0, 1).data().toString().contains(QStringLiteral("Ann Peeters")),
                 qPrintable(table->model()->index(0, 1).data().toString()));
        const qint64 id = row.data(RecordTableModel::IdRole).toLongLong();
        QVERIFY(person::clickItem(table, row));
        QTRY_COMPARE(page->form()->recordId(), id);
        QCOMPARE(shown(page, "summaryPlainTextEdit"), QStringLiteral("The report was sent without my knowledge."));
        QVERIFY(person::clickItem(table, row));
        QTest::qWait(50);
        QCOMPARE(page->form()->recordId(), id);
        QCOMPARE(shown(page, "summaryPlainTextEdit"), QStringLiteral("The report was sent without my knowledge."));
        QVERIFY(person::clickItem(table, row, true));
        QCOMPARE(page->form()->recordId(), id);
        QTRY_VERIFY(QApplication::focusWidget() && page->form()->isAncestorOf(QApplication::focusWidget()));
    }

    void arrowKeysStillOpen()
    {
        RecordPage* page = open(PracticeView::Page::Clients);
        QVERIFY(page);
        QTableView* table = page->list()->view();
        QVERIFY(person::clickItem(table, person::rowShowing(table, QStringLiteral("Ann Peeters"))));
        QTRY_COMPARE(shown(page, "nameLineEdit"), QStringLiteral("Ann Peeters"));
        QTest::keyClick(table, Qt::Key_Down); // sorted by name: Bram Maes next
        QTRY_COMPARE(shown(page, "nameLineEdit"), QStringLiteral("Bram Maes"));
    }
};

QTEST_MAIN(RecordListClickTest)
#include "RecordListClickTest.moc"

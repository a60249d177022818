// The crash test's writer (tests only): opens a vault with the raw key read as hex from stdin
// (no Argon2, so that each of many restarts costs milliseconds), then commits one group of
// rows after another through core, from sequence number argv[3] on, for the client argv[2],
// and prints "committed N" after each commit, until it is killed.
#include "CrashGroup.h"

#include "domain/Attachment.h"
#include "domain/Engagement.h"
#include "domain/Session.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <iostream>
#include <string>

using namespace mandaat;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: CrashWriter VAULT CLIENT-ID FIRST-N < key-hex\n");
        return 2;
    }
    std::string hex;
    std::getline(std::cin, hex);
    const QByteArray raw = QByteArray::fromHex(QByteArray::fromStdString(hex));
    const SecureBytes key(reinterpret_cast<const unsigned char*>(raw.constData()),
                          static_cast<std::size_t>(raw.size()));

    VaultError error;
    std::unique_ptr<Vault> vault = Vault::openWithKey(arguments.at(1), key, Vault::Access::ReadWrite, &error);
    if (!vault) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(error.message));
        return 1;
    }
    Records records(*vault);
    const qint64 clientId = arguments.at(2).toLongLong();
    std::printf("opened\n");
    std::fflush(stdout);
    for (int n = arguments.at(3).toInt();; ++n) {
        RecordError recordError;
        const bool ok = records.transaction(
            [&](RecordError* inner) {
                Engagement engagement;
                engagement.clientId = clientId;
                engagement.payerKind = PayerKind::Client;
                engagement.title = test::crash::title(n);
                if (!records.engagements().save(engagement, inner)) {
                    return false;
                }
                Note note;
                note.engagementId = engagement.id;
                note.text = test::crash::noteText(n);
                if (!records.sessions().saveNote(note, inner)) {
                    return false;
                }
                Attachment attachment;
                attachment.engagementId = engagement.id;
                attachment.fileName = test::crash::fileName(n);
                attachment.mimeType = QStringLiteral("application/octet-stream");
                attachment.content = test::crash::content(n);
                return records.attachments().add(attachment, inner);
            },
            &recordError);
        if (!ok) {
            std::fprintf(stderr, "commit %d failed: %s\n", n, qPrintable(recordError.message));
            return 1;
        }
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
}

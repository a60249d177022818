#include "ZipWriter.h"

#include "util/SecureBytes.h"

#include <QDir>
#include <QFile>

#include <cstring>
#include <zip.h>

namespace mandaat {

namespace {

// libzip deflates at level 9 unless told otherwise: for a practice's data.json (150 MB at 2,000
// clients) that took seconds for a few per cent. zlib's own default, 6, is its balance.
constexpr zip_uint32_t DeflateLevel = 6;

// One entry whose bytes are read from the vault only while libzip writes it, so that an
// export of the whole practice never holds every attachment in memory at once.
struct LazySource
{
    ZipWriter::Loader loader;
    Error* failure = nullptr; // the writer's, for the message of a failed read
    QByteArray bytes;
    qint64 offset = 0;
    zip_error_t error{};
};

zip_int64_t lazyCallback(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto* source = static_cast<LazySource*>(state);
    switch (command) {
    case ZIP_SOURCE_OPEN: {
        Error problem;
        if (!source->loader(&source->bytes, &problem)) {
            *source->failure = problem;
            zip_error_set(&source->error, ZIP_ER_READ, 0);
            return -1;
        }
        source->offset = 0;
        return 0;
    }
    case ZIP_SOURCE_READ: {
        const qint64 left = source->bytes.size() - source->offset;
        const qint64 count = std::min<qint64>(left, static_cast<qint64>(length));
        std::memcpy(data, source->bytes.constData() + source->offset, static_cast<size_t>(count));
        source->offset += count;
        return count;
    }
    case ZIP_SOURCE_CLOSE:
        secureWipe(source->bytes);
        source->bytes.clear();
        return 0;
    case ZIP_SOURCE_STAT: {
        auto* stat = static_cast<zip_stat_t*>(data);
        zip_stat_init(stat);
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&source->error, data, length);
    case ZIP_SOURCE_FREE:
        secureWipe(source->bytes);
        zip_error_fini(&source->error);
        delete source;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(
            ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        break;
    }
    zip_error_set(&source->error, ZIP_ER_OPNOTSUPP, 0);
    return -1;
}

void progressCallback(zip_t*, double done, void* state)
{
    static_cast<Progress*>(state)->report(static_cast<qint64>(done * 1000), 1000);
}

int cancelCallback(zip_t*, void* state)
{
    return static_cast<const Progress*>(state)->isCancelled() ? 1 : 0;
}

} // namespace

ZipWriter::ZipWriter() = default;

ZipWriter::~ZipWriter()
{
    discard();
    secureWipe(m_password);
}

QString ZipWriter::lastError() const
{
    return m_zip ? QString::fromUtf8(zip_strerror(m_zip)) : QString();
}

bool ZipWriter::open(const QString& path, Error* error)
{
    discard();
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!m_zip) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, code);
        setError(
            error,
            Error::make(Error::Kind::Failed,
                        tr("The archive %1 cannot be started: %2.")
                            .arg(QDir::toNativeSeparators(path), QString::fromUtf8(zip_error_strerror(&zipError)))));
        zip_error_fini(&zipError);
        return false;
    }
    m_path = path;
    return true;
}

void ZipWriter::setPassword(const QByteArray& utf8Password)
{
    secureWipe(m_password);
    m_password = utf8Password;
}

bool ZipWriter::addSource(const QString& name, void* source, Error* error)
{
    auto* zipSource = static_cast<zip_source_t*>(source);
    const zip_int64_t index = zip_file_add(m_zip, name.toUtf8().constData(), zipSource, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(zipSource);
        setError(error,
                 Error::make(Error::Kind::Failed, tr("%1 cannot be added to the archive: %2.").arg(name, lastError())));
        return false;
    }
    const auto entry = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(m_zip, entry, ZIP_CM_DEFLATE, DeflateLevel) != 0) {
        setError(error,
                 Error::make(Error::Kind::Failed, tr("%1 cannot be added to the archive: %2.").arg(name, lastError())));
        return false;
    }
    if (!m_password.isEmpty() && zip_file_set_encryption(m_zip, entry, ZIP_EM_AES_256, m_password.constData()) != 0) {
        setError(error, Error::make(Error::Kind::Failed, tr("%1 cannot be encrypted: %2.").arg(name, lastError())));
        return false;
    }
    return true;
}

bool ZipWriter::addFile(const QString& name, const QByteArray& bytes, Error* error)
{
    m_buffers.append(bytes);
    zip_source_t* source =
        zip_source_buffer(m_zip, m_buffers.constLast().constData(), static_cast<zip_uint64_t>(bytes.size()), 0);
    if (!source) {
        setError(error,
                 Error::make(Error::Kind::Failed, tr("%1 cannot be added to the archive: %2.").arg(name, lastError())));
        return false;
    }
    return addSource(name, source, error);
}

bool ZipWriter::addFile(const QString& name, Loader loader, Error* error)
{
    auto* state = new LazySource;
    state->loader = std::move(loader);
    state->failure = &m_loadError;
    zip_error_init(&state->error);
    zip_source_t* source = zip_source_function(m_zip, lazyCallback, state);
    if (!source) {
        zip_error_fini(&state->error);
        delete state;
        setError(error,
                 Error::make(Error::Kind::Failed, tr("%1 cannot be added to the archive: %2.").arg(name, lastError())));
        return false;
    }
    return addSource(name, source, error);
}

bool ZipWriter::commit(Error* error)
{
    if (m_progress) {
        zip_register_progress_callback_with_state(m_zip, 0.001, progressCallback, nullptr, m_progress);
        zip_register_cancel_callback_with_state(m_zip, cancelCallback, nullptr, m_progress);
    }
    if (zip_close(m_zip) == 0) {
        m_zip = nullptr;
        for (QByteArray& buffer : m_buffers) {
            secureWipe(buffer);
        }
        m_buffers.clear();
        return true;
    }
    if (m_loadError.isError()) {
        setError(error, m_loadError);
    } else {
        setError(
            error,
            Error::make(
                Error::Kind::Failed,
                tr("The archive could not be written to %1: %2.").arg(QDir::toNativeSeparators(m_path), lastError())));
    }
    discard();
    return false;
}

void ZipWriter::discard()
{
    if (m_zip) {
        zip_discard(m_zip);
        m_zip = nullptr;
    }
    for (QByteArray& buffer : m_buffers) {
        secureWipe(buffer);
    }
    m_buffers.clear();
}

} // namespace mandaat

#include "SecureBytes.h"

#include <algorithm>
#include <cstring>
#include <string.h>

namespace mandaat {

void secureWipe(void* data, std::size_t size)
{
    if (data && size > 0) {
        explicit_bzero(data, size);
    }
}

void secureWipe(QByteArray& array)
{
    if (!array.isEmpty()) {
        secureWipe(array.data(), static_cast<std::size_t>(array.size()));
    }
    array.clear();
}

void secureWipe(QString& text)
{
    if (!text.isEmpty() && text.data_ptr().isMutable()) {
        secureWipe(const_cast<QChar*>(text.constData()), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

SecureBytes::SecureBytes(std::size_t size)
    : m_bytes(size, 0)
{ }

SecureBytes::SecureBytes(const unsigned char* data, std::size_t size)
    : m_bytes(data, data + size)
{ }

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(const SecureBytes& other) = default;

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        clear();
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

void SecureBytes::clear()
{
    secureWipe(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

bool SecureBytes::isWiped() const
{
    // clear() leaves the capacity allocated, overwritten with zeros.
    const unsigned char* bytes = m_bytes.data();
    return m_bytes.empty() && std::all_of(bytes, bytes + m_bytes.capacity(), [](unsigned char b) { return b == 0; });
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    return m_bytes.size() == other.m_bytes.size() &&
        (m_bytes.empty() || std::memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size()) == 0);
}

SecureBytes SecureBytes::toHex() const
{
    static const char digits[] = "0123456789abcdef";
    SecureBytes hex(m_bytes.size() * 2);
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        hex.m_bytes[2 * i] = static_cast<unsigned char>(digits[m_bytes[i] >> 4]);
        hex.m_bytes[2 * i + 1] = static_cast<unsigned char>(digits[m_bytes[i] & 0x0f]);
    }
    return hex;
}

static int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

SecureBytes SecureBytes::fromHex(const QByteArray& text)
{
    SecureBytes result(static_cast<std::size_t>(text.size()) / 2);
    std::size_t written = 0;
    int high = -1;
    for (const char c : text) {
        if (c == ' ' || c == '-' || c == '\n' || c == '\r' || c == '\t') {
            continue;
        }
        const int value = hexValue(c);
        if (value < 0) {
            return {};
        }
        if (high < 0) {
            high = value;
        } else {
            result.m_bytes[written++] = static_cast<unsigned char>((high << 4) | value);
            high = -1;
        }
    }
    if (high >= 0) {
        return {};
    }
    result.m_bytes.resize(written);
    return result;
}

} // namespace mandaat

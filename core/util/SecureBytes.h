#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <span>
#include <vector>

namespace mandaat {

/// Key material that is wiped when it goes away. Never converted to QString or SQL text
/// (docs/architecture.md, Keys): hand it to its consumer as a span and let this object die.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const unsigned char* data, std::size_t size);
    ~SecureBytes();

    SecureBytes(const SecureBytes& other);
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    unsigned char* data() { return m_bytes.data(); }
    const unsigned char* data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    std::span<const unsigned char> span() const { return {m_bytes.data(), m_bytes.size()}; }

    /// Lowercase hex, itself wiped on destruction.
    SecureBytes toHex() const;
    /// Parses hex, ignoring spaces, dashes and line breaks (the emergency sheet's grouping).
    /// Returns an empty object for anything else.
    static SecureBytes fromHex(const QByteArray& text);

    void clear();
    /// Whether no key material is left in this object: it is empty and every byte of the buffer
    /// it keeps after clear() (a cleared vector keeps its memory) is zero. For tests.
    bool isWiped() const;
    bool operator==(const SecureBytes& other) const;

private:
    std::vector<unsigned char> m_bytes;
};

/// Overwrites \a size bytes at \a data in a way the compiler does not remove.
void secureWipe(void* data, std::size_t size);
/// Overwrites the bytes of \a array (detaching it first is the caller's business).
void secureWipe(QByteArray& array);
/// Overwrites the characters of \a text in place, and so of every QString sharing them (a
/// passphrase's copies), then clears it. A literal's characters are read-only and left alone.
void secureWipe(QString& text);

} // namespace mandaat

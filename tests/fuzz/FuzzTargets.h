#pragma once

// The fuzz targets' bodies (issue 10, part 3). Each LLVMFuzzerTestOneInput in fuzz_*.cpp calls
// one of these, and FuzzCorpusReplayTest calls the same functions on every file of
// tests/fuzz/corpus/<target>/ in the normal build. A broken property aborts: libFuzzer
// reports it as a crash, and the replay test dies with it.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace mandaat::fuzz {

/// Once per process: a QGuiApplication on the offscreen platform when there is no
/// application yet, and the cheap key derivation (KeyDerivation::useCheapDerivationForFuzzing).
void initialise(int* argc, char*** argv);

/// CsvReader::parse and CsvImport::check (clients and principals) on the bytes.
int csv(const std::uint8_t* data, std::size_t size);
/// The bytes up to the first newline as a letter text with placeholders, the rest as the user's
/// text filled in; the letter laid out on pages with the user's text in every kind of block.
int letter(const std::uint8_t* data, std::size_t size);
/// The bytes as UTF-16 (lone surrogates and all) through JsonText::clean and JsonText::write:
/// the JSON must parse back to the cleaned text and hold no raw U+2028 or U+2029.
int json(const std::uint8_t* data, std::size_t size);
/// The bytes as a vault file opened with a fixed passphrase; when it opens, checked.
int vaultOpen(const std::uint8_t* data, std::size_t size);

/// The passphrase vaultOpen tries, and the one the seed vault of its corpus is made with.
QString vaultPassphrase();

} // namespace mandaat::fuzz

#pragma once

#include <QtGlobal>

/// The longest text each kind of field accepts, in characters (UTF-16 code units, as QString
/// counts). Generous for real use, small enough that a pasted file is noticed.
namespace mandaat::limits {

constexpr int Name = 200; // people, organisations, titles, bodies, issuers, places
constexpr int Identifier = 64; // VAT and company numbers, register numbers, references
constexpr int Email = 254; // RFC 5321's limit on a path
constexpr int Phone = 50;
constexpr int AddressLine = 200;
constexpr int LongText = 10000; // objectives, expectations, descriptions, evidence
constexpr int NoteText = 100000; // session notes
constexpr int FileName = 255; // what common file systems allow
constexpr int MimeType = 127;
constexpr int PlannedSessions = 1000;
constexpr int SessionMinutes = 24 * 60;
constexpr int VatRateBasisPoints = 10000; // 100 %

} // namespace mandaat::limits

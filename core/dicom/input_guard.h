// SPDX-License-Identifier: Apache-2.0
#pragma once
// Checks a file from outside must pass before DCMTK parses it. DCMTK trusts
// its input in ways Custos cannot afford: it opens FIFOs and devices with a
// blocking open, and it reads nested sequences by recursion with no depth
// limit (about 7,000 levels overflow the stack). These checks run first, on
// the raw bytes, and turn such files into an error sentence.

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

class DcmFileFormat;

namespace custos::dicom {

// Deepest nesting of sequence items Custos lets DCMTK parse. Real objects
// stay far below (an SR tree of 64 levels needs 64 items); DCMTK's recursion
// needs roughly 1 KiB of stack per level, so this also fits a 512 KiB stack.
inline constexpr int kMaxSequenceDepth = 200;

// Largest decoded frame and largest decoded instance Custos accepts: far above
// any radiology image (a 16k x 16k RGB frame is 768 MiB), far below what a
// hostile header can claim (65,535 x 65,535 x 2^31 frames).
inline constexpr std::uint64_t kMaxFrameBytes = std::uint64_t(1) << 31;   // 2 GiB, DCMTK's Uint32 limit
inline constexpr std::uint64_t kMaxInstanceBytes = std::uint64_t(1) << 34; // 16 GiB
inline constexpr std::uint64_t kMaxVolumeBytes = std::uint64_t(1) << 36;   // 64 GiB

// The file is a regular, non-empty file that can be opened for reading.
// Never blocks: FIFOs, sockets and devices are refused after a non-blocking
// open (O_NONBLOCK), checked with fstat on the opened descriptor.
Result<void> checkRegularFile(const QString& path);

// The same check, keeping the descriptor (opened O_RDONLY | O_NONBLOCK |
// O_CLOEXEC) for the caller, who closes it; `size` is the file's size.
Result<int> openRegularFile(const QString& path, std::int64_t* size = nullptr);

// Walks the element structure of an encoded DICOM stream (with or without
// preamble and meta header; deflated streams are inflated first) and fails
// when sequence items nest deeper than maxDepth. Iterative, so it cannot
// overflow the stack itself. Where its walk loses step with the encoding it
// falls back to counting undefined-length item openings and delimiters.
Result<void> checkNestingDepth(const QByteArray& bytes, int maxDepth = kMaxSequenceDepth);

// Both checks on a file (a window of it read, pixel data stepped over).
Result<void> checkDicomInput(const QString& path, int maxDepth = kMaxSequenceDepth);

// DcmFileFormat::loadFile behind checkDicomInput. A file without preamble and
// meta header that DCMTK's own detection does not read is tried again as
// implicit and then explicit little endian. On failure the message is a
// sentence for a person; the DCMTK condition is in `condition` if wanted.
Result<void> loadDicomFile(DcmFileFormat& file, const QString& path, std::uint32_t maxReadLength);

// The same for a Part 10 byte stream in memory (preamble and meta header
// required unless `part10Optional`: the user's own files, sent to a PACS,
// may be bare datasets): checkNestingDepth first, every value loaded, none
// allocated at a length the bytes cannot fill. DCMTK copies what it keeps,
// so `bytes` need not outlive `file`.
Result<void> loadDicomBuffer(DcmFileFormat& file, const QByteArray& bytes, bool part10Optional = false);

} // namespace custos::dicom

// SPDX-License-Identifier: Apache-2.0
// The WADO-RS answer parser (core/pacs/multipart_parser.*): a PACS's
// multipart/related body, fed in pieces as the network delivers it. The
// pieces' size comes from the input's first byte. Besides crashes it checks
// what a retrieve relies on: the same bytes give the same instances however
// they are cut. Where neither way of feeding fails, the parts, their count
// and whether the body is complete must be equal; otherwise a PACS answer
// would mean another study depending on the network's timing.

#include "core/pacs/multipart_parser.h"
#include "fuzz_support.h"

#include <QList>

#include <cstdlib>

using namespace custos;

namespace {

struct Parsed
{
    QList<QByteArray> parts;
    bool failed = false;
    bool complete = false;
};

Parsed parse(const QByteArray& input, qsizetype piece)
{
    Parsed out;
    pacs::MultipartParser parser("fuzz-boundary", [&out](const QMap<QByteArray, QByteArray>&, QByteArray&& body) {
        out.parts << body;
        return true;
    });
    for (qsizetype at = 0; at < input.size(); at += piece)
        if (!parser.feed(input.mid(at, piece)))
            break;
    out.failed = parser.failed();
    out.complete = parser.complete();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = 1 + data[0] % 97;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    const Parsed cut = parse(input, piece);
    const Parsed whole = parse(input, qMax<qsizetype>(1, input.size()));
    if (!cut.failed && !whole.failed && (cut.parts != whole.parts || cut.complete != whole.complete))
        std::abort(); // the same answer read as two different series
    return 0;
}

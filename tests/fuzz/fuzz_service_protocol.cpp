// SPDX-License-Identifier: Apache-2.0
// custosd's wire protocol (core/service/service_protocol.*): the bytes a
// client writes to the service's socket, cut into frames by FrameReader
// (u32 big-endian length | CBOR map) and each message's audit event read by
// eventFromCbor. The input is fed in pieces of varying size, as a socket
// delivers it; the pieces' sizes come from the input's first byte.

#include "core/service/service_protocol.h"
#include "fuzz_support.h"

#include <QCborValue>

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::size_t piece = 1 + data[0] % 64;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    service::FrameReader reader;
    for (qsizetype at = 0; at < input.size() && !reader.fatal(); at += qsizetype(piece)) {
        reader.feed(input.mid(at, qsizetype(piece)));
        while (auto item = reader.next()) {
            if (!item->message)
                continue;
            const QCborMap& m = *item->message;
            (void)m.value(QStringLiteral("op")).toString();
            (void)service::integerOf(m.value(QStringLiteral("id"))); // as custosd reads it
            (void)service::eventFromCbor(m.value(QStringLiteral("event")));
        }
    }
    // The same bytes as one bare CBOR value (what a frame carries).
    (void)service::eventFromCbor(QCborValue::fromCbor(input));
    return 0;
}

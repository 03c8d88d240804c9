// SPDX-License-Identifier: Apache-2.0
// The sealed state files: break-glass grants and training acknowledgements
// (core/policy, sealed_file.cpp: magic, DEK id, base64 AES-GCM of JSON) and
// the local accounts (core/auth, accounts.dat: header, AES-GCM of a
// QDataStream). The first byte picks the file ((byte & 0x7F) % 3) and the form:
//   bit 7 clear: the rest is the file as it lies on disk (what someone who
//                can write the data folder but holds no key can put there);
//   bit 7 set:   the rest is the plaintext, which the harness seals with the
//                test keys exactly as the writer does (DEK of the folder,
//                the file's aad), so the parsers behind AES-GCM are fuzzed.
// Then the file is opened the way the viewer opens it, and read back.

#include "core/auth/local_accounts.h"
#include "core/auth/local_accounts_p.h"
#include "core/crypto/aead.h"
#include "core/policy/break_glass.h"
#include "core/policy/policy_loader.h"
#include "core/policy/training.h"
#include "fuzz_support.h"
#include "fuzz_test_keys.h"

#include <QtEndian>

using namespace custos;

namespace {

// As policy::detail::writeSealed, with the fuzzer's bytes as the plaintext.
QByteArray sealedPolicyState(const QString& folder, const QString& fileName, const QByteArray& plain)
{
    auto dek = crypto::DekStore(fuzz::testKeys(), folder).current(1);
    if (!dek)
        std::abort();
    auto sealed = crypto::seal(dek.value().key, plain, QByteArrayLiteral("custos/policy-state/v1/") + fileName.toUtf8());
    if (!sealed)
        std::abort();
    return QByteArrayLiteral("CUSTOS-POLICY-STATE-1\n") + dek.value().id.toHex() + '\n' + sealed.value().toBase64() + '\n';
}

// As LocalAccountStore's save(), with the fuzzer's bytes as the QDataStream.
QByteArray sealedAccounts(const QString& folder, const QByteArray& plain)
{
    auto dek = crypto::DekStore(fuzz::testKeys(), folder).current(1);
    if (!dek || dek.value().id.size() != auth::detail::kDekIdBytes)
        std::abort();
    QByteArray header = auth::detail::kMagic;
    header.append(4, '\0');
    qToBigEndian(auth::detail::kFormatVersion, header.data() + 8);
    header += dek.value().id;
    auto sealed = crypto::seal(dek.value().key, plain, header + auth::detail::kFileName.toUtf8());
    if (!sealed)
        std::abort();
    return header + sealed.value();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    const bool seal = data[0] & 0x80;
    const QString folder = fuzz::freshDir(QStringLiteral("sealed"));
    switch ((data[0] & 0x7F) % 3) {
    case 0: {
        const QString name = QStringLiteral("break-glass.sealed");
        if (!fuzz::writeFile(folder + QLatin1Char('/') + name, seal ? sealedPolicyState(folder, name, input) : input))
            return 0;
        policy::BreakGlassParts parts;
        parts.policy = policy::builtInDefaultPolicy();
        parts.keys = fuzz::testKeys();
        parts.folder = folder;
        auto registry = policy::BreakGlassRegistry::open(parts);
        if (!registry)
            return 0;
        for (const policy::BreakGlassGrant& g : registry.value()->grants())
            (void)registry.value()->covering(g.userSubject, g.studyUid, policy::Action::ViewStudy);
        (void)registry.value()->awaitingReview();
        break;
    }
    case 1: {
        const QString name = QStringLiteral("training.sealed");
        if (!fuzz::writeFile(folder + QLatin1Char('/') + name, seal ? sealedPolicyState(folder, name, input) : input))
            return 0;
        auto records = policy::TrainingRecords::open(fuzz::testKeys(), folder);
        if (records)
            (void)records.value()->latest(QStringLiteral("u1"), QStringLiteral("phi-basics"));
        break;
    }
    default: {
        if (!fuzz::writeFile(folder + QLatin1Char('/') + auth::detail::kFileName, seal ? sealedAccounts(folder, input) : input))
            return 0;
        auth::LocalAccountOptions options;
        options.administrator = QStringLiteral("fuzz");
        auto store = auth::LocalAccountStore::open(folder, fuzz::testKeys(), options);
        if (store)
            (void)store.value()->listUsers();
        break;
    }
    }
    return 0;
}

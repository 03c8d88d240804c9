// SPDX-License-Identifier: Apache-2.0
#pragma once
// The test key hierarchy of the fuzz targets that read sealed files: a
// KeyManager over an in-memory key store (a fresh random KEK per process,
// never the system keychain). Byte flips cannot get past AES-GCM or a MAC,
// so these targets seal the fuzzer's bytes with these keys themselves (a
// structure-aware harness) to reach the parsers behind the authentication,
// as well as feeding raw bytes to what an attacker without the key meets.

#include "core/crypto/key_manager.h"
#include "core/crypto/key_store.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace custos::fuzz {

inline std::shared_ptr<crypto::KeyManager> testKeys()
{
    static const std::unique_ptr<crypto::KeyStore> store = crypto::makeMemoryKeyStore();
    static const std::shared_ptr<crypto::KeyManager> keys = [] {
        auto opened = crypto::KeyManager::open(*store);
        if (!opened) {
            std::fprintf(stderr, "the fuzz target's test keys could not be made: %s\n", qPrintable(opened.errorMessage()));
            std::abort();
        }
        return opened.value();
    }();
    return keys;
}

} // namespace custos::fuzz

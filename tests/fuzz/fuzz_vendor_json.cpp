// SPDX-License-Identifier: Apache-2.0
// The vendor AI findings JSON (custos-ai-findings).

#include "core/ai/vendor_json.h"
#include "fuzz_support.h"

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    (void)ai::parseVendorJson(fuzz::bytes(data, size), QStringLiteral("findings.json"));
    return 0;
}

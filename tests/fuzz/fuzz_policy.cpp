// SPDX-License-Identifier: Apache-2.0
// The site policy: JSON, the line locator, the schema validator and the
// cross-field checks.

#include "core/policy/policy_loader.h"
#include "fuzz_support.h"

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    (void)policy::parsePolicy(fuzz::bytes(data, size), QStringLiteral("policy.json"));
    return 0;
}

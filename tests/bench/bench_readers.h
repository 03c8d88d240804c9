// SPDX-License-Identifier: Apache-2.0
#pragma once
// The readers custos-bench-load runs in its own child processes.

#include "bench_child.h"

#include <string>

namespace custos::bench {

// reader: custos | dcmtk | cat | idle. Loads the files below dir.
ChildResult runChildReader(const std::string& reader, const std::string& dir);

} // namespace custos::bench

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The translation context of every message core/ai shows a person.

#include <QCoreApplication>

namespace custos::ai {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::ai)
};

} // namespace custos::ai

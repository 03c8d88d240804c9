// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where the public test data lives (fetched by scripts/fetch-test-data.sh).

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace custos::testdata {

inline QString root()
{
    const QString env = qEnvironmentVariable("CUSTOS_TESTDATA_DIR");
    return env.isEmpty() ? QStringLiteral(CUSTOS_TESTDATA_DIR) : env;
}
inline QString path(const QString& relative) { return QDir(root()).absoluteFilePath(relative); }

// The suite needs the data: a missing folder is a failure, not a skip.
#define CUSTOS_REQUIRE_TESTDATA()                                                                   \
    QVERIFY2(QFileInfo(custos::testdata::path(QStringLiteral(".complete-v3"))).exists(),            \
             qPrintable(QStringLiteral("test data missing in %1: run scripts/fetch-test-data.sh")  \
                            .arg(custos::testdata::root())))

} // namespace custos::testdata

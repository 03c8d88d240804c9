// SPDX-License-Identifier: Apache-2.0
// Splitting one series into stacks and sorting them geometrically, on
// synthetic headers where the right answer is known.

#include "core/dicom/series_sorter.h"

#include <QtTest>

#include <algorithm>
#include <numeric>
#include <random>

using namespace custos::dicom;

namespace {

struct SliceSpec
{
    double offset;          // along the normal, mm
    int instanceNumber = 0;
    std::optional<int> acquisition;
    std::optional<int> echo;
    int size = 64;
    int plane = 0;          // 0 axial, 1 sagittal, 2 oblique (30° about x)
};

SliceSpec spec(double offset, int instanceNumber, std::optional<int> acquisition = {}, std::optional<int> echo = {},
               int size = 64, int plane = 0)
{
    SliceSpec s;
    s.offset = offset;
    s.instanceNumber = instanceNumber;
    s.acquisition = acquisition;
    s.echo = echo;
    s.size = size;
    s.plane = plane;
    return s;
}

Vec3 rowOf(int plane) { return plane == 1 ? Vec3{0, 1, 0} : Vec3{1, 0, 0}; }
Vec3 colOf(int plane)
{
    if (plane == 1)
        return {0, 0, -1};
    if (plane == 2)
        return {0, std::cos(M_PI / 6), -std::sin(M_PI / 6)};
    return {0, 1, 0};
}

Instance makeInstance(const SliceSpec& s, int index)
{
    Instance i;
    i.filePath = QStringLiteral("/synthetic/%1").arg(index);
    i.sopInstanceUid = QStringLiteral("1.2.3.%1").arg(index);
    i.seriesInstanceUid = QStringLiteral("1.2.3.100");
    i.studyInstanceUid = QStringLiteral("1.2.3.1");
    i.modality = QStringLiteral("CT");
    i.hasPixelData = true;
    i.rows = i.columns = s.size;
    i.bitsAllocated = i.bitsStored = 16;
    i.highBit = 15;
    i.pixelRepresentation = 1;
    i.photometric = QStringLiteral("MONOCHROME2");
    i.instanceNumber = s.instanceNumber;
    i.acquisitionNumber = s.acquisition;
    i.echoNumber = s.echo;
    FrameInfo f;
    const Vec3 r = rowOf(s.plane), c = colOf(s.plane);
    const Vec3 n = r.cross(c).normalized();
    // Give the first pixel an in-plane offset too, as real series do.
    f.position = Vec3{-100, -120, 30} + n * s.offset;
    f.rowDir = r;
    f.colDir = c;
    f.rowSpacing = f.columnSpacing = 0.8;
    i.frames = {f};
    return i;
}

std::vector<SliceSpec> axial(std::vector<double> offsets)
{
    std::vector<SliceSpec> out;
    int n = 1;
    for (double o : offsets)
        out.push_back(spec(o, n++));
    return out;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<SliceSpec>)
Q_DECLARE_METATYPE(std::vector<int>)

class TestSeriesSorter : public QObject
{
    Q_OBJECT

private slots:
    void splitsAndSortsGeometrically_data();
    void splitsAndSortsGeometrically();
};

void TestSeriesSorter::splitsAndSortsGeometrically_data()
{
    QTest::addColumn<std::vector<SliceSpec>>("slices");
    QTest::addColumn<std::vector<int>>("framesPerStack"); // largest first
    QTest::addColumn<bool>("isVolume");
    QTest::addColumn<double>("spacing");                 // of the first stack; 0: none
    QTest::addColumn<QString>("warning");                // substring expected in the first stack's warnings; empty: none
    QTest::addColumn<int>("missingGaps");

    std::vector<double> even(12);
    for (std::size_t i = 0; i < even.size(); ++i)
        even[i] = double(i) * 2.5;
    QTest::newRow("even axial") << axial(even) << std::vector<int>{12} << true << 2.5 << QString() << 0;

    // Instance numbers that run against the geometry must not win.
    auto reversed = axial(even);
    for (auto& s : reversed)
        s.instanceNumber = 100 - s.instanceNumber;
    QTest::newRow("instance numbers reversed") << reversed << std::vector<int>{12} << true << 2.5 << QString() << 0;

    auto gap = even;
    gap.erase(gap.begin() + 5);
    QTest::newRow("one missing slice") << axial(gap) << std::vector<int>{11} << true << 2.5 << QStringLiteral("missing") << 1;

    auto twoGaps = even;
    twoGaps.erase(twoGaps.begin() + 7, twoGaps.begin() + 9);
    QTest::newRow("two missing slices in a row") << axial(twoGaps) << std::vector<int>{10} << true << 2.5 << QStringLiteral("2 slice(s)") << 1;

    QTest::newRow("uneven spacing") << axial({0, 1, 2, 3.6, 4.6, 5.6, 7.2}) << std::vector<int>{7} << true << 1.0
                                    << QStringLiteral("uneven") << 0;

    QTest::newRow("rounded positions are not uneven") << axial({0, 1.01, 1.99, 3.0, 4.02, 5.0}) << std::vector<int>{6} << true
                                                      << 1.0 << QString() << 0;

    auto localizer = axial({0, 10, 20});
    for (double o : {-5.0, 0.0, 5.0})
        localizer.push_back(spec(o, 10, {}, {}, 64, 1));
    QTest::newRow("three-plane localizer") << localizer << std::vector<int>{3, 3} << true << 10.0 << QString() << 0;

    auto sizes = axial({0, 1, 2, 3});
    for (double o : {0.0, 1.0})
        sizes.push_back(spec(o, 20, {}, {}, 128));
    QTest::newRow("two image sizes") << sizes << std::vector<int>{4, 2} << true << 1.0 << QString() << 0;

    std::vector<SliceSpec> acquisitions;
    for (int a = 1; a <= 2; ++a)
        for (int k = 0; k < 5; ++k)
            acquisitions.push_back(spec(k * 3.0, a * 10 + k, a));
    QTest::newRow("two acquisitions at the same positions") << acquisitions << std::vector<int>{5, 5} << true << 3.0 << QString() << 0;

    std::vector<SliceSpec> echoes;
    for (int k = 0; k < 6; ++k)
        for (int e = 1; e <= 2; ++e)
            echoes.push_back(spec(k * 5.0, k * 2 + e, 1, e));
    QTest::newRow("two echoes, one acquisition") << echoes << std::vector<int>{6, 6} << true << 5.0 << QString() << 0;

    std::vector<SliceSpec> phases; // repeated positions, nothing tells them apart
    for (int p = 0; p < 3; ++p)
        for (int k = 0; k < 4; ++k)
            phases.push_back(spec(k * 2.0, p * 4 + k + 1));
    QTest::newRow("three unlabelled phases") << phases << std::vector<int>{4, 4, 4} << true << 2.0 << QString() << 0;

    std::vector<SliceSpec> oblique;
    for (int k = 0; k < 9; ++k)
        oblique.push_back(spec(k * 4.0, k + 1, {}, {}, 64, 2));
    QTest::newRow("oblique") << oblique << std::vector<int>{9} << true << 4.0 << QString() << 0;

    QTest::newRow("single image") << axial({0}) << std::vector<int>{1} << false << 0.0 << QString() << 0;
}

void TestSeriesSorter::splitsAndSortsGeometrically()
{
    QFETCH(std::vector<SliceSpec>, slices);
    QFETCH(std::vector<int>, framesPerStack);
    QFETCH(bool, isVolume);
    QFETCH(double, spacing);
    QFETCH(QString, warning);
    QFETCH(int, missingGaps);

    // Every order of the input must give the same answer.
    std::mt19937 rng(42);
    for (int round = 0; round < 5; ++round) {
        std::vector<Instance> instances;
        std::vector<int> members;
        std::vector<SliceSpec> shuffled = slices;
        if (round > 0)
            std::shuffle(shuffled.begin(), shuffled.end(), rng);
        for (std::size_t i = 0; i < shuffled.size(); ++i) {
            instances.push_back(makeInstance(shuffled[i], int(i)));
            members.push_back(int(i));
        }
        const std::vector<Stack> stacks = buildStacks(instances, members);
        QCOMPARE(stacks.size(), framesPerStack.size());
        for (std::size_t s = 0; s < stacks.size(); ++s) {
            QCOMPARE(int(stacks[s].frames.size()), framesPerStack[s]);
            // Frames advance along the stack's normal.
            if (stacks[s].normal) {
                double last = -1e300;
                for (const FrameRef& f : stacks[s].frames) {
                    const double d = instances[std::size_t(f.instance)].frames[0].position->dot(*stacks[s].normal);
                    QVERIFY2(d > last, "frames are not in geometric order");
                    last = d;
                }
            }
        }
        const Stack& first = stacks.front();
        QCOMPARE(first.isVolume, isVolume);
        if (spacing > 0) {
            QVERIFY(first.sliceSpacing.has_value());
            QVERIFY2(std::abs(*first.sliceSpacing - spacing) < 0.05, qPrintable(QString::number(*first.sliceSpacing)));
        }
        if (warning.isEmpty()) {
            QVERIFY2(first.warnings.isEmpty(), qPrintable(first.warnings.join(QLatin1Char('|'))));
        } else {
            QVERIFY2(first.warnings.join(QLatin1Char('|')).contains(warning), qPrintable(first.warnings.join(QLatin1Char('|'))));
        }
        QCOMPARE(int(first.missingSliceGaps.size()), missingGaps);
    }
}

QTEST_GUILESS_MAIN(TestSeriesSorter)
#include "tst_series_sorter.moc"

// SPDX-License-Identifier: Apache-2.0
// Measurement geometry and region statistics on a real loaded volume (the
// demo phantom, whose regions have known Hounsfield values).

#include "core/dicom/demo_study.h"
#include "core/dicom/scanner.h"
#include "core/dicom/volume_loader.h"
#include "ui/viewport/measurement.h"
#include "ui/viewport/orientation.h"
#include "ui/viewport/slice_geometry.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace custos;
using namespace custos::ui;

class TestMeasurements : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void distanceAndAngleUseTheVoxelSpacing();
    void ellipseStatisticsOfKnownTissue();
    void freehandAreaIsThePolygonArea();
    void reformatsPutFeetDownAndPatientLeftRight();
    void orientationLabelsNameTheDominantDirections_data();
    void orientationLabelsNameTheDominantDirections();

private:
    QTemporaryDir m_dir;
    dicom::DemoStudyOptions m_demo;
    std::shared_ptr<dicom::Volume> m_volume;
};

void TestMeasurements::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo.slices = 40;
    m_demo.size = 160;
    QVERIFY(dicom::writeDemoStudy(m_dir.path(), m_demo).ok());
    const dicom::Catalog catalog = dicom::scanPaths({m_dir.path()});
    auto v = dicom::loadStack(catalog, catalog.studies.at(0).series.at(0).stacks.at(0));
    QVERIFY(v.ok());
    m_volume = v.value();
}

void TestMeasurements::distanceAndAngleUseTheVoxelSpacing()
{
    const auto& g = m_volume->geometry();
    // 30 columns along a row, 40 rows down: a 3-4-5 triangle in voxels.
    const double d = distanceMm(g, {10, 10, 5}, {40, 50, 5});
    QVERIFY(std::abs(d - std::hypot(30 * g.spacing[0], 40 * g.spacing[1])) < 1e-9);
    // Across slices, the slice spacing counts.
    QVERIFY(std::abs(distanceMm(g, {0, 0, 0}, {0, 0, 8}) - 8 * g.spacing[2]) < 1e-9);

    Measurement angle;
    angle.kind = Measurement::Kind::Angle;
    angle.points = {{20, 10, 3}, {10, 10, 3}, {10, 30, 3}};
    QVERIFY(std::abs(angleDegrees(g, angle) - 90.0) < 1e-9);
    angle.points = {{20, 10, 3}, {10, 10, 3}, {0, 10, 3}};
    QVERIFY(std::abs(angleDegrees(g, angle) - 180.0) < 1e-9);
    QVERIFY(describe(*m_volume, angle).contains(QLatin1String("180.0")));
}

void TestMeasurements::ellipseStatisticsOfKnownTissue()
{
    const auto& g = m_volume->geometry();
    const auto land = dicom::demoLandmarks(m_demo);
    const dicom::Vec3 c = patientToVoxel(g, land.vertebralBody);
    const int k = int(std::lround(c.z));
    // A circle of radius 4 mm inside the vertebral body: bone, ± noise.
    const double r = 4.0 / g.spacing[0];
    Measurement m;
    m.kind = Measurement::Kind::Ellipse;
    m.axis = 2;
    m.slice = k;
    m.points = {{c.x - r, c.y - r, double(k)}, {c.x + r, c.y + r, double(k)}};
    const auto s = regionStats(*m_volume, m);
    QVERIFY(s.has_value());
    QVERIFY2(std::abs(s->mean - dicom::demo_hu::bone) <= 3, qPrintable(QString::number(s->mean)));
    QVERIFY(s->min >= dicom::demo_hu::bone - dicom::demo_hu::noise && s->max <= dicom::demo_hu::bone + dicom::demo_hu::noise);
    QVERIFY(s->sd > 1 && s->sd < dicom::demo_hu::noise);
    QVERIFY(std::abs(s->areaMm2 - M_PI * 16.0) < 1e-6);
    // The pixel count matches the area to within the rim.
    const double pixelArea = g.spacing[0] * g.spacing[1];
    QVERIFY(std::abs(s->pixels * pixelArea - s->areaMm2) < 0.35 * s->areaMm2);

    // And in the lung: lung HU.
    const dicom::Vec3 l = patientToVoxel(g, land.rightLung);
    Measurement lung = m;
    lung.slice = int(std::lround(l.z));
    lung.points = {{l.x - r, l.y - r, l.z}, {l.x + r, l.y + r, l.z}};
    const auto ls = regionStats(*m_volume, lung);
    QVERIFY(ls && std::abs(ls->mean - dicom::demo_hu::lung) <= 3);
}

void TestMeasurements::freehandAreaIsThePolygonArea()
{
    const auto& g = m_volume->geometry();
    Measurement m;
    m.kind = Measurement::Kind::Freehand;
    m.axis = 2;
    m.slice = 5;
    // A 20 × 10 voxel rectangle drawn as a path.
    m.points = {{40, 40, 5}, {60, 40, 5}, {60, 50, 5}, {40, 50, 5}};
    const auto s = regionStats(*m_volume, m);
    QVERIFY(s.has_value());
    QVERIFY(std::abs(s->areaMm2 - 20 * g.spacing[0] * 10 * g.spacing[1]) < 1e-6);
    QVERIFY(s->pixels >= 20 * 10 && s->pixels <= 21 * 11);
}

void TestMeasurements::reformatsPutFeetDownAndPatientLeftRight()
{
    // The demo is axial, feet first: i -> L, j -> P, k -> H.
    const auto& g = m_volume->geometry();
    const DisplayFrame axial = displayFrameFor(g, 2);
    QCOMPARE(axial.rightAxis, 0);
    QCOMPARE(axial.downAxis, 1);
    const DisplayFrame coronal = displayFrameFor(g, 1);
    QCOMPARE(coronal.rightAxis, 0);
    QCOMPARE(coronal.rightSign, 1); // patient left on the right
    QCOMPARE(coronal.downAxis, 2);
    QCOMPARE(coronal.downSign, -1); // feet down
    const DisplayFrame sagittal = displayFrameFor(g, 0);
    QCOMPARE(sagittal.rightAxis, 1);
    QCOMPARE(sagittal.rightSign, 1); // posterior on the right
    QCOMPARE(sagittal.downAxis, 2);
    QCOMPARE(sagittal.downSign, -1);
    // Round trip voxel <-> patient.
    const dicom::Vec3 v{12.5, 30.25, 7};
    const dicom::Vec3 back = patientToVoxel(g, voxelToPatient(g, v));
    QVERIFY((back - v).norm() < 1e-9);
}

void TestMeasurements::orientationLabelsNameTheDominantDirections_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<double>("z");
    QTest::addColumn<QString>("label");
    QTest::newRow("left") << 1.0 << 0.0 << 0.0 << "L";
    QTest::newRow("right") << -1.0 << 0.0 << 0.0 << "R";
    QTest::newRow("posterior") << 0.0 << 1.0 << 0.0 << "P";
    QTest::newRow("anterior") << 0.0 << -1.0 << 0.0 << "A";
    QTest::newRow("head") << 0.0 << 0.0 << 1.0 << "H";
    QTest::newRow("feet") << 0.0 << 0.0 << -1.0 << "F";
    QTest::newRow("oblique 20 degrees") << 0.0 << std::cos(0.35) << std::sin(0.35) << "PH";
    QTest::newRow("tiny tilt ignored") << 0.0 << 0.999 << 0.04 << "P";
    QTest::newRow("three axes") << 0.7 << -0.5 << 0.5 << "LAH";
}

void TestMeasurements::orientationLabelsNameTheDominantDirections()
{
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(double, z);
    QFETCH(QString, label);
    QCOMPARE(orientationLabel({x, y, z}), label);
}

QTEST_GUILESS_MAIN(TestMeasurements)
#include "tst_measurements.moc"

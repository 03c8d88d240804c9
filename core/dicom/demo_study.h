// SPDX-License-Identifier: Apache-2.0
#pragma once
// A deterministic synthetic CT study written as real DICOM files: a
// torso-like phantom (body, lungs, spine, a small lesion) for the demo and
// the benchmarks. The patient is fictitious.

#include "core/common/result.h"
#include "core/dicom/types.h"

#include <QString>

#include <atomic>
#include <functional>

namespace custos::dicom {

struct DemoStudyOptions
{
    int slices = 300;
    int size = 512;                 // rows == columns
    double pixelSpacing = 0.0;      // mm; 0: chosen so the phantom fills ~90% of the field (≈ 0.78 mm at 512)
    double sliceSpacing = 1.25;     // mm, also the slice thickness
    int threads = 0;                // 0: one per core
    std::function<void(int done, int total)> progress; // any thread
    const std::atomic_bool* cancel = nullptr;
};

struct DemoStudyInfo
{
    QString studyInstanceUid;
    QString seriesInstanceUid;
    int files = 0;
};

// Known Hounsfield values of the phantom, for tests of what is drawn.
namespace demo_hu {
constexpr int air = -1000;
constexpr int lung = -850;
constexpr int fat = -100;
constexpr int softTissue = 40;
constexpr int lesion = 60;
constexpr int bone = 700;
constexpr int liver = 55;
constexpr int noise = 10; // every voxel carries deterministic noise within ±noise
} // namespace demo_hu

// Points (patient LPS, mm) that lie well inside known regions of the phantom
// written with the same options, for tests that sample the volume (nearest
// voxel; every voxel is its region's demo_hu value within ±demo_hu::noise).
// Slices run from the feet (InstanceNumber 1, lowest z) to the head.
struct DemoLandmarks
{
    Vec3 rightLung;          // centre of the right lung at its widest level; lesion-free
    Vec3 softTissue;         // muscle of the anterior abdomen, away from fat and organs
    Vec3 vertebralBody;      // centre of the vertebral body (bone); the spine is on every slice
    Vec3 lesion;             // centre of the spherical lesion in the right lung
    double lesionRadius = 0; // mm
    Vec3 air;                // in front of the body
    // z range (mm) of the slices that contain lung. The lungs narrow towards
    // their bases at lungZMin, so sample near rightLung.z for a sure hit.
    double lungZMin = 0;
    double lungZMax = 0;
};

DemoLandmarks demoLandmarks(const DemoStudyOptions& options = {});

Result<DemoStudyInfo> writeDemoStudy(const QString& directory, const DemoStudyOptions& options = {});

} // namespace custos::dicom

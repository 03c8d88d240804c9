// SPDX-License-Identifier: Apache-2.0
// custos-bench-load-vtk: the child process custos-bench-load runs for the two
// VTK readers. It is a separate executable on purpose: Debian's vtk-dicom
// decodes JPEG-LS through GDCM, which links the system CharLS 2, while DCMTK's
// dcmjpls links DCMTK's own CharLS fork, and both libraries export
// JpegLsDecode, JpegLsReadHeader and JpegLsEncode. In a process that loads
// both, LD_DEBUG=bindings shows GDCM's calls bound to DCMTK's CharLS, so
// vtk-dicom would be measured with a codec that is not its own.
//
// usage: custos-bench-load-vtk --child vtkdicom|vtkimage|idle DIR

#include "bench_child.h"

#include <vtkDICOMImageReader.h>
#include <vtkDataArray.h>
#include <vtkErrorCode.h>
#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkStringArray.h>
#include <vtkType.h>

#ifdef CUSTOS_BENCH_HAVE_VTK_DICOM
#include <vtkDICOMFileSorter.h>
#include <vtkDICOMReader.h>
#endif

#include <cmath>
#include <cstring>
#include <string>

using namespace custos::bench;

namespace {

// vtkErrorCode's names without linking VTK::CommonMisc for its one function.
std::string errorName(unsigned long code)
{
    switch (code) {
    case vtkErrorCode::FileNotFoundError: return "FileNotFoundError";
    case vtkErrorCode::CannotOpenFileError: return "CannotOpenFileError";
    case vtkErrorCode::UnrecognizedFileTypeError: return "UnrecognizedFileTypeError";
    case vtkErrorCode::PrematureEndOfFileError: return "PrematureEndOfFileError";
    case vtkErrorCode::FileFormatError: return "FileFormatError";
    case vtkErrorCode::NoFileNameError: return "NoFileNameError";
    default: return "error code " + std::to_string(code);
    }
}

// Fills the volume part of the result from a reader's output image.
bool describeImage(vtkImageData* image, ChildResult& r)
{
    vtkDataArray* scalars = image ? image->GetPointData()->GetScalars() : nullptr;
    if (!scalars || scalars->GetNumberOfTuples() == 0) {
        r.message = "the reader produced no image";
        return false;
    }
    const void* p = scalars->GetVoidPointer(0);
    const std::size_t n = std::size_t(scalars->GetNumberOfValues());
    switch (scalars->GetDataType()) {
    case VTK_SHORT: r.voxelSum = sumOf<short>(p, n); break;
    case VTK_UNSIGNED_SHORT: r.voxelSum = sumOf<unsigned short>(p, n); break;
    case VTK_CHAR:
    case VTK_SIGNED_CHAR: r.voxelSum = sumOf<signed char>(p, n); break;
    case VTK_UNSIGNED_CHAR: r.voxelSum = sumOf<unsigned char>(p, n); break;
    case VTK_INT: r.voxelSum = sumOf<int>(p, n); break;
    case VTK_UNSIGNED_INT: r.voxelSum = sumOf<unsigned int>(p, n); break;
    case VTK_FLOAT: r.voxelSum = sumOf<float>(p, n); break;
    default: r.message = std::string("unexpected scalar type ") + scalars->GetDataTypeAsString(); return false;
    }
    r.voxelBytes = std::int64_t(n) * scalars->GetDataTypeSize();
    r.slices = image->GetDimensions()[2];
    return true;
}

#ifdef CUSTOS_BENCH_HAVE_VTK_DICOM
// vtk-dicom as its author recommends for a folder: group and sort the files
// (vtkDICOMFileSorter), then read one series (vtkDICOMReader sorts the slices
// geometrically). AutoRescale off: stored values, as ours and the DCMTK loop
// keep them (the viewer applies the modality LUT on the fly).
ChildResult readVtkDicom(const std::string& dir)
{
    ChildResult r;
    const Stopwatch clock;
    vtkNew<vtkStringArray> names;
    for (const std::string& f : listFiles(dir))
        names->InsertNextValue(f);
    vtkNew<vtkDICOMFileSorter> sorter;
    sorter->SetInputFileNames(names);
    sorter->Update();
    if (sorter->GetNumberOfSeries() < 1) {
        r.message = "vtkDICOMFileSorter found no series";
        return r;
    }
    int best = 0;
    for (int s = 1; s < sorter->GetNumberOfSeries(); ++s)
        if (sorter->GetFileNamesForSeries(s)->GetNumberOfValues() >
            sorter->GetFileNamesForSeries(best)->GetNumberOfValues())
            best = s;
    r.scanS = clock.seconds();

    vtkNew<vtkDICOMReader> reader;
    reader->SetFileNames(sorter->GetFileNamesForSeries(best));
    reader->AutoRescaleOff();
    reader->Update();
    finish(r, clock);
    r.firstSliceS = r.fullS; // the pipeline delivers the volume at once
    if (reader->GetErrorCode() != 0) {
        r.message = "vtkDICOMReader: " + errorName(reader->GetErrorCode());
        return r;
    }
    r.ok = describeImage(reader->GetOutput(), r);
    return r;
}
#endif

// VTK's own reader: a folder in, a volume out. It parses uncompressed pixel
// data only. It applies the rescale (its output is in modality units), so the
// stored-value sum is recovered from its slope and offset for the check.
ChildResult readVtkImage(const std::string& dir)
{
    ChildResult r;
    const Stopwatch clock;
    vtkNew<vtkDICOMImageReader> reader;
    reader->SetDirectoryName(dir.c_str());
    reader->Update();
    finish(r, clock);
    r.firstSliceS = r.fullS;
    if (reader->GetErrorCode() != 0) {
        r.message = "vtkDICOMImageReader: " + errorName(reader->GetErrorCode());
        return r;
    }
    r.ok = describeImage(reader->GetOutput(), r);
    const double slope = reader->GetRescaleSlope();
    const double offset = reader->GetRescaleOffset();
    if (r.ok && slope != 0 && (slope != 1 || offset != 0)) {
        const double voxels = double(r.voxelBytes) / reader->GetOutput()->GetScalarSize();
        r.voxelSum = std::llround((double(r.voxelSum) - offset * voxels) / slope);
    }
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4 || std::strcmp(argv[1], "--child") != 0) {
        std::fprintf(stderr, "usage: %s --child vtkdicom|vtkimage|idle DIR\n(run custos-bench-load instead)\n",
                     argv[0]);
        return 2;
    }
    const std::string reader = argv[2];
    const std::string dir = argv[3];
    ChildResult r;
    if (reader == "idle") {
        r.ok = true; // the bare process: its peak RSS is the baseline
    } else if (reader == "vtkimage") {
        r = readVtkImage(dir);
    } else if (reader == "vtkdicom") {
#ifdef CUSTOS_BENCH_HAVE_VTK_DICOM
        r = readVtkDicom(dir);
#else
        r.message = "not built with vtk-dicom (CMake package DICOM not found at configure time)";
#endif
    } else {
        r.message = "unknown reader " + reader;
    }
    printResult(r);
    return 0;
}

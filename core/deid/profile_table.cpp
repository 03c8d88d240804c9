// SPDX-License-Identifier: Apache-2.0
// PS3.15 (2023) Table E.1-1 "Application Level Confidentiality Profile
// Attributes", typed by hand from the standard, in the standard's row order
// (alphabetical by attribute name). Sorted by tag once at start-up for
// lookup. Wildcard rows are in deidentifier.cpp: private attributes (X, Rtn.
// Safe Priv. C), Curve Data (50xx,xxxx) X, Overlay Data (60xx,3000) X and
// Overlay Comments (60xx,4000) X.

#include "core/deid/profile_table.h"

#include <algorithm>
#include <array>

namespace custos::deid::profile {
namespace {

constexpr Basic D = Basic::D, Z = Basic::Z, X = Basic::X, U = Basic::U, XZ = Basic::XZ, XD = Basic::XD,
                ZD = Basic::ZD, XZD = Basic::XZD, XZU = Basic::XZU;
constexpr std::uint16_t N = None, Ui = KeepWithUids, Dv = KeepWithDevice, In = KeepWithInstitution,
                        PK = KeepWithPatientChars, PC = CleanWithPatientChars, T = Temporal, Ds = CleanDescriptor,
                        St = CleanStructuredContent, Gr = CleanGraphics;

constexpr Rule kRows[] = {
    {0x00080050, Z, N},       // Accession Number
    {0x00184000, X, Ds},      // Acquisition Comments
    {0x00400555, XZ, St},     // Acquisition Context Sequence
    {0x00080022, XZ, T},      // Acquisition Date
    {0x0008002A, XZD, T},     // Acquisition DateTime
    {0x00181400, XD, Ds},     // Acquisition Device Processing Description
    {0x001811BB, D, Ds},      // Acquisition Field Of View Label
    {0x00189424, X, Ds},      // Acquisition Protocol Description
    {0x00080032, XZ, T},      // Acquisition Time
    {0x00404035, X, N},       // Actual Human Performers Sequence
    {0x001021B0, X, Ds},      // Additional Patient History
    {0x0040A353, X, N},       // Address (Trial)
    {0x00380010, X, N},       // Admission ID
    {0x00380020, X, T},       // Admitting Date
    {0x00081084, X, Ds},      // Admitting Diagnoses Code Sequence
    {0x00081080, X, Ds},      // Admitting Diagnoses Description
    {0x00380021, X, T},       // Admitting Time
    {0x00001000, X, Ui},      // Affected SOP Instance UID
    {0x00102110, X, PC | Ds}, // Allergies
    {0x40000010, X, N},       // Arbitrary
    {0x0040A078, X, N},       // Author Observer Sequence
    {0x22000005, XZ, N},      // Barcode Value
    {0x300A00C3, X, Ds},      // Beam Description
    {0x300A00DD, X, Ds},      // Bolus Description
    {0x00101081, X, N},       // Branch of Service
    {0x0016004D, X, N},       // Camera Owner Name
    {0x00181007, X, Dv},      // Cassette ID
    {0x00120060, Z, In},      // Clinical Trial Coordinating Center Name
    {0x00120082, X, N},       // Clinical Trial Protocol Ethics Committee Approval Number
    {0x00120081, D, In},      // Clinical Trial Protocol Ethics Committee Name
    {0x00120020, D, N},       // Clinical Trial Protocol ID
    {0x00120021, Z, N},       // Clinical Trial Protocol Name
    {0x00120072, X, Ds},      // Clinical Trial Series Description
    {0x00120071, X, N},       // Clinical Trial Series ID
    {0x00120030, Z, In},      // Clinical Trial Site ID
    {0x00120031, Z, In},      // Clinical Trial Site Name
    {0x00120010, D, N},       // Clinical Trial Sponsor Name
    {0x00120040, D, N},       // Clinical Trial Subject ID
    {0x00120042, D, N},       // Clinical Trial Subject Reading ID
    {0x00120051, X, Ds},      // Clinical Trial Time Point Description
    {0x00120050, Z, N},       // Clinical Trial Time Point ID
    {0x00400310, X, Ds},      // Comments on Radiation Dose
    {0x00400280, X, Ds},      // Comments on the Performed Procedure Step
    {0x300A02EB, X, Ds},      // Compensator Description
    {0x00209161, U, Ui},      // Concatenation UID
    {0x3010000F, Z, Ds},      // Conceptual Volume Combination Description
    {0x30100017, Z, Ds},      // Conceptual Volume Description
    {0x30100006, U, Ui},      // Conceptual Volume UID
    {0x00403001, X, N},       // Confidentiality Constraint on Patient Data Description
    {0x30100013, U, Ui},      // Constituent Conceptual Volume UID
    {0x0008009C, Z, N},       // Consulting Physician's Name
    {0x0008009D, X, N},       // Consulting Physician Identification Sequence
    {0x0050001B, X, N},       // Container Component ID
    {0x0040051A, X, Ds},      // Container Description
    {0x00400512, D, N},       // Container Identifier
    {0x00700086, X, N},       // Content Creator's Identification Code Sequence
    {0x00700084, ZD, N},      // Content Creator's Name
    {0x00080023, ZD, T},      // Content Date
    {0x0040A730, D, St},      // Content Sequence
    {0x00080033, ZD, T},      // Content Time
    {0x00180010, ZD, Ds},     // Contrast/Bolus Agent
    {0x0018A003, X, Ds},      // Contribution Description
    {0x00102150, X, N},       // Country of Residence
    {0x0040A307, X, N},       // Current Observer (Trial)
    {0x00380300, X, N},       // Current Patient Location
    {0x00080025, X, T},       // Curve Date
    {0x00080035, X, T},       // Curve Time
    {0x0040A07C, X, N},       // Custodial Organization Sequence
    {0xFFFCFFFC, X, N},       // Data Set Trailing Padding
    {0x0018937F, X, Ds},      // Decomposition Description
    {0x00082111, X, Ds},      // Derivation Description
    {0x0018700A, XD, Dv},     // Detector ID
    {0x3010001B, Z, N},       // Device Alternate Identifier
    {0x00500020, X, Dv},      // Device Description
    {0x3010002D, D, Dv},      // Device Label
    {0x00181000, XZD, Dv},    // Device Serial Number
    {0x0016004B, X, Ds},      // Device Setting Description
    {0x00181002, U, Ui | Dv}, // Device UID
    {0xFFFAFFFA, X, N},       // Digital Signatures Sequence
    {0x04000100, U, N},       // Digital Signature UID
    {0x00209164, U, Ui},      // Dimension Organization UID
    {0x00380040, X, Ds},      // Discharge Diagnosis Description
    {0x4008011A, X, N},       // Distribution Address
    {0x40080119, X, N},       // Distribution Name
    {0x300A0016, X, Ds},      // Dose Reference Description
    {0x300A0013, U, Ui},      // Dose Reference UID
    {0x3010006E, U, Ui},      // Dosimetric Objective UID
    {0x00189517, XD, T},      // End Acquisition DateTime
    {0x30100037, X, Ds},      // Entity Description
    {0x30100035, D, Ds},      // Entity Label
    {0x30100038, D, Ds},      // Entity Long Label
    {0x30100036, X, Ds},      // Entity Name
    {0x300A0676, X, Ds},      // Equipment Frame of Reference Description
    {0x00102160, X, PK},      // Ethnic Group
    {0x00404011, X, T},       // Expected Completion DateTime
    {0x00080058, U, Ui},      // Failed SOP Instance UID List
    {0x0070031A, U, Ui},      // Fiducial UID
    {0x00402017, Z, N},       // Filler Order Number / Imaging Service Request
    {0x30080054, XD, T},      // First Treatment Date
    {0x300A0196, X, Ds},      // Fixation Device Description
    {0x00340002, D, N},       // Flow Identifier
    {0x00340001, D, N},       // Flow Identifier Sequence
    {0x3010007F, Z, Ds},      // Fractionation Notes
    {0x300A0072, X, Ds},      // Fraction Group Description
    {0x00209158, X, Ds},      // Frame Comments
    {0x00200052, U, Ui},      // Frame of Reference UID
    {0x00340007, D, T},       // Frame Origin Timestamp
    {0x00181008, X, Dv},      // Gantry ID
    {0x00181005, X, Dv},      // Generator ID
    {0x00160076, X, N},       // GPS Altitude
    {0x00160075, X, N},       // GPS Altitude Ref
    {0x0016008C, X, N},       // GPS Area Information
    {0x0016008D, X, T},       // GPS Date Stamp
    {0x00160088, X, N},       // GPS Dest Bearing
    {0x00160087, X, N},       // GPS Dest Bearing Ref
    {0x0016008A, X, N},       // GPS Dest Distance
    {0x00160089, X, N},       // GPS Dest Distance Ref
    {0x00160084, X, N},       // GPS Dest Latitude
    {0x00160083, X, N},       // GPS Dest Latitude Ref
    {0x00160086, X, N},       // GPS Dest Longitude
    {0x00160085, X, N},       // GPS Dest Longitude Ref
    {0x0016008E, X, N},       // GPS Differential
    {0x0016007B, X, N},       // GPS DOP
    {0x00160081, X, N},       // GPS Img Direction
    {0x00160080, X, N},       // GPS Img Direction Ref
    {0x00160072, X, N},       // GPS Latitude
    {0x00160071, X, N},       // GPS Latitude Ref
    {0x00160074, X, N},       // GPS Longitude
    {0x00160073, X, N},       // GPS Longitude Ref
    {0x00160082, X, N},       // GPS Map Datum
    {0x0016007A, X, N},       // GPS Measure Mode
    {0x0016008B, X, N},       // GPS Processing Method
    {0x00160078, X, N},       // GPS Satellites
    {0x0016007D, X, N},       // GPS Speed
    {0x0016007C, X, N},       // GPS Speed Ref
    {0x00160079, X, N},       // GPS Status
    {0x00160077, X, N},       // GPS Time Stamp
    {0x0016007F, X, N},       // GPS Track
    {0x0016007E, X, N},       // GPS Track Ref
    {0x00160070, X, N},       // GPS Version ID
    {0x00700001, D, Gr},      // Graphic Annotation Sequence
    {0x00404037, X, N},       // Human Performer's Name
    {0x00404036, X, N},       // Human Performer's Organization
    {0x00880200, X, N},       // Icon Image Sequence
    {0x00084000, X, Ds},      // Identifying Comments
    {0x00204000, X, Ds},      // Image Comments
    {0x00284000, X, N},       // Image Presentation Comments
    {0x00402400, X, Ds},      // Imaging Service Request Comments
    {0x003A0314, D, T},       // Impedance Measurement DateTime
    {0x40080300, X, Ds},      // Impressions
    {0x00080015, X, T},       // Instance Coercion DateTime
    {0x00080014, U, Ui},      // Instance Creator UID
    {0x04000600, X, N},       // Instance Origin Status
    {0x00080081, X, In},      // Institution Address
    {0x00081040, X, In},      // Institutional Department Name
    {0x00081041, X, In},      // Institutional Department Type Code Sequence
    {0x00080082, XZD, In},    // Institution Code Sequence
    {0x00080080, XZD, In},    // Institution Name
    {0x00101050, X, N},       // Insurance Plan Identification
    {0x3010004D, XD, T},      // Intended Phase End Date
    {0x3010004C, XD, T},      // Intended Phase Start Date
    {0x00401011, X, N},       // Intended Recipients of Results Identification Sequence
    {0x300A0741, D, T},       // Interlock DateTime
    {0x300A0742, D, Ds},      // Interlock Description
    {0x300A0783, D, Ds},      // Interlock Origin Description
    {0x40080111, X, N},       // Interpretation Approver Sequence
    {0x4008010C, X, N},       // Interpretation Author
    {0x40080115, X, Ds},      // Interpretation Diagnosis Description
    {0x40080202, X, N},       // Interpretation ID Issuer
    {0x40080102, X, N},       // Interpretation Recorder
    {0x4008010B, X, Ds},      // Interpretation Text
    {0x4008010A, X, N},       // Interpretation Transcriber
    {0x00083010, U, Ui},      // Irradiation Event UID
    {0x00380011, X, N},       // Issuer of Admission ID
    {0x00380014, X, N},       // Issuer of Admission ID Sequence
    {0x00100021, X, N},       // Issuer of Patient ID
    {0x00380061, X, N},       // Issuer of Service Episode ID
    {0x00380064, X, N},       // Issuer of Service Episode ID Sequence
    {0x00400513, Z, N},       // Issuer of the Container Identifier Sequence
    {0x00400562, Z, N},       // Issuer of the Specimen Identifier Sequence
    {0x22000002, XZ, Ds},     // Label Text
    {0x00281214, U, Ui},      // Large Palette Color Lookup Table UID
    {0x001021D0, X, T},       // Last Menstrual Date
    {0x0016004F, X, Dv},      // Lens Make
    {0x00160050, X, Dv},      // Lens Model
    {0x00160051, X, Dv},      // Lens Serial Number
    {0x0016004E, X, Dv},      // Lens Specification
    {0x00500021, X, Ds},      // Long Device Description
    {0x04000404, X, N},       // MAC
    {0x0016002B, X, Ds},      // Maker Note
    {0x0018100B, U, Ui | Dv}, // Manufacturer's Device Class UID
    {0x30100043, Z, Dv},      // Manufacturer's Device Identifier
    {0x00020003, U, Ui},      // Media Storage SOP Instance UID
    {0x00102000, X, Ds},      // Medical Alerts
    {0x00101090, X, N},       // Medical Record Locator
    {0x00101080, X, N},       // Military Rank
    {0x04000550, X, N},       // Modified Attributes Sequence
    {0x00203406, X, N},       // Modified Image Description
    {0x00203401, X, N},       // Modifying Device ID
    {0x30080056, XD, T},      // Most Recent Treatment Date
    {0x0018937B, X, Ds},      // Multi-energy Acquisition Description
    {0x003A0310, U, Ui},      // Multiplex Group UID
    {0x00081060, X, N},       // Name of Physician(s) Reading Study
    {0x00401010, X, N},       // Names of Intended Recipients of Results
    {0x04000551, X, N},       // Nonconforming Modified Attributes Sequence
    {0x04000552, X, N},       // Nonconforming Data Element Value
    {0x0040A192, X, T},       // Observation Date (Trial)
    {0x0040A402, U, Ui},      // Observation Subject UID (Trial)
    {0x0040A193, X, T},       // Observation Time (Trial)
    {0x0040A171, U, Ui},      // Observation UID
    {0x00102180, X, Ds},      // Occupation
    {0x00081072, XD, N},      // Operator Identification Sequence
    {0x00081070, XZD, N},     // Operators' Name
    {0x00402010, X, N},       // Order Callback Phone Number
    {0x00402011, X, N},       // Order Callback Telecom Information
    {0x00402008, X, N},       // Order Entered By
    {0x00402009, X, N},       // Order Enterer's Location
    {0x04000561, X, N},       // Original Attributes Sequence
    {0x00101000, X, N},       // Other Patient IDs
    {0x00101002, X, N},       // Other Patient IDs Sequence
    {0x00101001, X, N},       // Other Patient Names
    {0x00080024, X, T},       // Overlay Date
    {0x00080034, X, T},       // Overlay Time
    {0x300A0760, D, T},       // Override DateTime
    {0x00281199, U, Ui},      // Palette Color Lookup Table UID
    {0x0040A07A, X, N},       // Participant Sequence
    {0x00101040, X, N},       // Patient's Address
    {0x00101010, X, PK},      // Patient's Age
    {0x00100030, Z, N},       // Patient's Birth Date
    {0x00101005, X, N},       // Patient's Birth Name
    {0x00100032, X, N},       // Patient's Birth Time
    {0x00380400, X, N},       // Patient's Institution Residence
    {0x00100050, X, N},       // Patient's Insurance Plan Code Sequence
    {0x00101060, X, N},       // Patient's Mother's Birth Name
    {0x00100010, Z, N},       // Patient's Name
    {0x00100101, X, N},       // Patient's Primary Language Code Sequence
    {0x00100102, X, N},       // Patient's Primary Language Modifier Code Sequence
    {0x001021F0, X, N},       // Patient's Religious Preference
    {0x00100040, Z, PK},      // Patient's Sex
    {0x00102203, XZ, PK},     // Patient's Sex Neutered
    {0x00101020, X, PK},      // Patient's Size
    {0x00102155, X, N},       // Patient's Telecom Information
    {0x00102154, X, N},       // Patient's Telephone Numbers
    {0x00101030, X, PK},      // Patient's Weight
    {0x00104000, X, Ds},      // Patient Comments
    {0x00100020, Z, N},       // Patient ID
    {0x300A0650, U, Ui},      // Patient Setup UID
    {0x00380500, X, PC | Ds}, // Patient State
    {0x00401004, X, N},       // Patient Transport Arrangements
    {0x00400243, X, N},       // Performed Location
    {0x00400254, X, Ds},      // Performed Procedure Step Description
    {0x00400250, X, T},       // Performed Procedure Step End Date
    {0x00404051, X, T},       // Performed Procedure Step End DateTime
    {0x00400251, X, T},       // Performed Procedure Step End Time
    {0x00400253, X, N},       // Performed Procedure Step ID
    {0x00400244, X, T},       // Performed Procedure Step Start Date
    {0x00404050, X, T},       // Performed Procedure Step Start DateTime
    {0x00400245, X, T},       // Performed Procedure Step Start Time
    {0x00400241, X, Dv},      // Performed Station AE Title
    {0x00404030, X, Dv},      // Performed Station Geographic Location Code Sequence
    {0x00400242, X, Dv},      // Performed Station Name
    {0x00404028, X, Dv},      // Performed Station Name Code Sequence
    {0x00081050, X, N},       // Performing Physician's Name
    {0x00081052, X, N},       // Performing Physician Identification Sequence
    {0x00401102, X, N},       // Person's Address
    {0x00401104, X, N},       // Person's Telecom Information
    {0x00401103, X, N},       // Person's Telephone Numbers
    {0x00401101, D, N},       // Person Identification Code Sequence
    {0x0040A123, D, N},       // Person Name
    {0x00081048, X, N},       // Physician(s) of Record
    {0x00081049, X, N},       // Physician(s) of Record Identification Sequence
    {0x00081062, X, N},       // Physician(s) Reading Study Identification Sequence
    {0x40080114, X, N},       // Physician Approving Interpretation
    {0x00402016, Z, N},       // Placer Order Number / Imaging Service Request
    {0x00181004, X, Dv},      // Plate ID
    {0x001021C0, X, PK},      // Pregnancy Status
    {0x00400012, X, PC},      // Pre-Medication
    {0x300A000E, X, Ds},      // Prescription Description
    {0x3010007B, Z, Ds},      // Prescription Notes
    {0x30100081, Z, Ds},      // Prescription Notes Sequence
    {0x00701101, U, Ui},      // Presentation Display Collection UID
    {0x00701102, U, Ui},      // Presentation Sequence Collection UID
    {0x30100061, X, Ds},      // Prior Treatment Dose Description
    {0x00404052, X, T},       // Procedure Step Cancellation DateTime
    {0x00181030, XD, Ds},     // Protocol Name
    {0x300A0619, D, Ds},      // Radiation Dose Identification Label
    {0x300A0623, D, Ds},      // Radiation Dose In-Vivo Measurement Label
    {0x300A067D, Z, Ds},      // Radiation Generation Mode Description
    {0x300A067C, D, Ds},      // Radiation Generation Mode Label
    {0x300C0113, X, Ds},      // Reason for Omission Description
    {0x0040100A, X, Ds},      // Reason for Requested Procedure Code Sequence
    {0x00321030, X, Ds},      // Reason for Study
    {0x3010005C, Z, Ds},      // Reason for Superseding
    {0x00402001, X, Ds},      // Reason for the Imaging Service Request
    {0x00401002, X, Ds},      // Reason for the Requested Procedure
    {0x00321066, X, Ds},      // Reason for Visit
    {0x00321067, X, Ds},      // Reason for Visit Code Sequence
    {0x300A073A, D, T},       // Recorded RT Control Point DateTime
    {0x3010000B, U, Ui},      // Referenced Conceptual Volume UID
    {0x04000402, X, N},       // Referenced Digital Signature Sequence
    {0x300A0083, U, Ui},      // Referenced Dose Reference UID
    {0x3010006F, U, Ui},      // Referenced Dosimetric Objective UID
    {0x30100031, U, Ui},      // Referenced Fiducials UID
    {0x30060024, U, Ui},      // Referenced Frame of Reference UID
    {0x00404023, U, Ui},      // Referenced General Purpose Scheduled Procedure Step Transaction UID
    {0x00081140, XZU, Ui},    // Referenced Image Sequence
    {0x0040A172, U, Ui},      // Referenced Observation UID (Trial)
    {0x00380004, X, N},       // Referenced Patient Alias Sequence
    {0x00101100, X, N},       // Referenced Patient Photo Sequence
    {0x00081120, X, N},       // Referenced Patient Sequence (Rtn. UIDs: X as well)
    {0x00081111, XZD, Ui},    // Referenced Performed Procedure Step Sequence
    {0x04000403, X, N},       // Referenced SOP Instance MAC Sequence
    {0x00081155, U, Ui},      // Referenced SOP Instance UID
    {0x00041511, U, Ui},      // Referenced SOP Instance UID in File
    {0x00081110, XZ, Ui},     // Referenced Study Sequence
    {0x00080092, X, N},       // Referring Physician's Address
    {0x00080090, Z, N},       // Referring Physician's Name
    {0x00080094, X, N},       // Referring Physician's Telephone Numbers
    {0x00080096, X, N},       // Referring Physician Identification Sequence
    {0x00102152, X, N},       // Region of Residence
    {0x300600C2, U, Ui},      // Related Frame of Reference UID
    {0x00400275, X, Ds},      // Request Attributes Sequence
    {0x00321070, X, Ds},      // Requested Contrast Agent
    {0x00401400, X, Ds},      // Requested Procedure Comments
    {0x00321060, XZ, Ds},     // Requested Procedure Description
    {0x00401001, X, N},       // Requested Procedure ID
    {0x00401005, X, N},       // Requested Procedure Location
    {0x00189937, X, Ds},      // Requested Series Description
    {0x00001001, U, Ui},      // Requested SOP Instance UID
    {0x00321032, X, N},       // Requesting Physician
    {0x00321033, X, N},       // Requesting Service
    {0x00189185, X, Ds},      // Respiratory Motion Compensation Technique Description
    {0x00102299, X, N},       // Responsible Organization
    {0x00102297, X, N},       // Responsible Person
    {0x40084000, X, Ds},      // Results Comments
    {0x40080118, X, N},       // Results Distribution List Sequence
    {0x40080042, X, N},       // Results ID Issuer
    {0x300E0008, XZ, N},      // Reviewer Name
    {0x30060028, X, Ds},      // ROI Description
    {0x30060038, X, Ds},      // ROI Generation Description
    {0x300600A6, Z, N},       // ROI Interpreter
    {0x30060026, Z, Ds},      // ROI Name
    {0x30060088, X, Ds},      // ROI Observation Description
    {0x30060085, X, Ds},      // ROI Observation Label
    {0x300A0615, Z, N},       // RT Accessory Device Slot ID
    {0x300A0611, Z, N},       // RT Accessory Holder Slot ID
    {0x3010005A, Z, Ds},      // RT Physician Intent Narrative
    {0x300A0006, XD, T},      // RT Plan Date
    {0x300A0004, X, Ds},      // RT Plan Description
    {0x300A0002, D, Ds},      // RT Plan Label
    {0x300A0003, X, Ds},      // RT Plan Name
    {0x300A0007, XD, T},      // RT Plan Time
    {0x30100054, D, Ds},      // RT Prescription Label
    {0x300A062A, D, Ds},      // RT Tolerance Set Label
    {0x30100056, XD, Ds},     // RT Treatment Approach Label
    {0x3010003B, U, Ui},      // RT Treatment Phase UID
    {0x00404034, X, N},       // Scheduled Human Performers Sequence
    {0x0038001E, X, N},       // Scheduled Patient Institution Residence
    {0x00400006, X, N},       // Scheduled Performing Physician's Name
    {0x0040000B, X, N},       // Scheduled Performing Physician Identification Sequence
    {0x00400007, X, Ds},      // Scheduled Procedure Step Description
    {0x00400004, X, T},       // Scheduled Procedure Step End Date
    {0x00400005, X, T},       // Scheduled Procedure Step End Time
    {0x00404008, X, T},       // Scheduled Procedure Step Expiration DateTime
    {0x00400009, X, N},       // Scheduled Procedure Step ID
    {0x00400011, X, Dv},      // Scheduled Procedure Step Location
    {0x00404010, X, T},       // Scheduled Procedure Step Modification DateTime
    {0x00400002, X, T},       // Scheduled Procedure Step Start Date
    {0x00404005, X, T},       // Scheduled Procedure Step Start DateTime
    {0x00400003, X, T},       // Scheduled Procedure Step Start Time
    {0x00400001, X, Dv},      // Scheduled Station AE Title
    {0x00404027, X, Dv},      // Scheduled Station Geographic Location Code Sequence
    {0x00400010, X, Dv},      // Scheduled Station Name
    {0x00404025, X, Dv},      // Scheduled Station Name Code Sequence
    {0x00321020, X, Dv},      // Scheduled Study Location
    {0x00321021, X, Dv},      // Scheduled Study Location AE Title
    {0x00080021, XD, T},      // Series Date
    {0x0008103E, X, Ds},      // Series Description
    {0x0020000E, U, Ui},      // Series Instance UID
    {0x00080031, XD, T},      // Series Time
    {0x00380062, X, Ds},      // Service Episode Description
    {0x00380060, X, N},       // Service Episode ID
    {0x300A01B2, X, Ds},      // Setup Technique Description
    {0x300A01A6, X, Ds},      // Shielding Device Description
    {0x004006FA, X, N},       // Slide Identifier
    {0x001021A0, X, PK},      // Smoking Status
    {0x00080018, U, Ui},      // SOP Instance UID
    {0x30100015, U, Ui},      // Source Conceptual Volume UID
    {0x0018936A, D, T},       // Source End DateTime
    {0x00340005, D, N},       // Source Identifier
    {0x00082112, XZU, Ui},    // Source Image Sequence
    {0x300A0216, X, Dv},      // Source Manufacturer
    {0x30080105, XZ, Dv},     // Source Serial Number
    {0x00189369, D, T},       // Source Start DateTime
    {0x00380050, X, PC},      // Special Needs
    {0x0040050A, X, N},       // Specimen Accession Number
    {0x00400602, X, Ds},      // Specimen Detailed Description
    {0x00400551, D, N},       // Specimen Identifier
    {0x00400610, Z, St},      // Specimen Preparation Sequence
    {0x00400600, X, Ds},      // Specimen Short Description
    {0x00400554, U, Ui},      // Specimen UID
    {0x00189516, XD, T},      // Start Acquisition DateTime
    {0x00081010, XZD, Dv},    // Station Name
    {0x00880140, U, Ui},      // Storage Media File-set UID
    {0x30060008, Z, T},       // Structure Set Date
    {0x30060006, X, Ds},      // Structure Set Description
    {0x30060002, D, Ds},      // Structure Set Label
    {0x30060004, X, Ds},      // Structure Set Name
    {0x30060009, XD, T},      // Structure Set Time
    {0x00324000, X, Ds},      // Study Comments
    {0x00080020, Z, T},       // Study Date
    {0x00081030, X, Ds},      // Study Description
    {0x00200010, Z, N},       // Study ID
    {0x00320012, X, N},       // Study ID Issuer
    {0x0020000D, U, Ui},      // Study Instance UID
    {0x00080030, Z, T},       // Study Time
    {0x00200200, U, Ui},      // Synchronization Frame of Reference UID
    {0x00182042, U, Ui},      // Target UID
    {0x0040A354, X, N},       // Telephone Number (Trial)
    {0x0040DB0D, U, Ui},      // Template Extension Creator UID
    {0x0040DB0C, U, Ui},      // Template Extension Organization UID
    {0x40004000, X, N},       // Text Comments
    {0x20300020, X, N},       // Text String
    {0x00080201, X, T},       // Timezone Offset From UTC
    {0x00880910, X, N},       // Topic Author
    {0x00880912, X, N},       // Topic Keywords
    {0x00880906, X, N},       // Topic Subject
    {0x00880904, X, N},       // Topic Title
    {0x00620021, U, Ui},      // Tracking UID
    {0x00081195, U, Ui},      // Transaction UID
    {0x00185011, X, Dv},      // Transducer Identification Sequence
    {0x30080250, XD, T},      // Treatment Date
    {0x300A00B2, X, Dv},      // Treatment Machine Name
    {0x300A0608, D, Ds},      // Treatment Position Group Label
    {0x300A0609, U, Ui},      // Treatment Position Group UID
    {0x300A0700, U, Ui},      // Treatment Session UID
    {0x30100077, D, Ds},      // Treatment Site
    {0x3010007A, Z, Ds},      // Treatment Technique Notes
    {0x30080251, XD, T},      // Treatment Time
    {0x300A0736, D, T},       // Treatment Tolerance Violation DateTime
    {0x300A0734, D, Ds},      // Treatment Tolerance Violation Description
    {0x0018100A, X, Dv},      // UDI Sequence
    {0x0040A124, U, N},       // UID
    {0x00181009, X, Dv},      // Unique Device Identifier
    {0x30100033, D, Ds},      // User Content Label
    {0x30100034, D, Ds},      // User Content Long Label
    {0x0040A352, X, N},       // Verbal Source (Trial)
    {0x0040A358, X, N},       // Verbal Source Identifier Code Sequence (Trial)
    {0x0040A088, Z, N},       // Verifying Observer Identification Code Sequence
    {0x0040A075, D, N},       // Verifying Observer Name
    {0x0040A073, D, N},       // Verifying Observer Sequence
    {0x0040A027, D, N},       // Verifying Organization
    {0x00384000, X, Ds},      // Visit Comments
    {0x00189371, D, Dv},      // X-Ray Detector ID
    {0x00189373, X, Dv},      // X-Ray Detector Label
    {0x00189367, D, Dv},      // X-Ray Source ID
};

const std::array<Rule, std::size(kRows)>& sorted()
{
    static const auto table = [] {
        std::array<Rule, std::size(kRows)> t{};
        std::copy(std::begin(kRows), std::end(kRows), t.begin());
        std::sort(t.begin(), t.end(), [](const Rule& a, const Rule& b) { return a.tag < b.tag; });
        return t;
    }();
    return table;
}

} // namespace

std::span<const Rule> rules()
{
    return sorted();
}

const Rule* find(std::uint16_t group, std::uint16_t element)
{
    const std::uint32_t tag = (std::uint32_t(group) << 16) | element;
    const auto& t = sorted();
    auto it = std::lower_bound(t.begin(), t.end(), tag, [](const Rule& r, std::uint32_t k) { return r.tag < k; });
    return it != t.end() && it->tag == tag ? &*it : nullptr;
}

} // namespace custos::deid::profile

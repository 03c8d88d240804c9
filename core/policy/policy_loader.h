#pragma once
// Where the site policy comes from, and how it is checked before it is
// believed.
//
// Location (machine-wide, written by IT, not by users):
//   Linux    /etc/custos/policy.json
//   macOS    /Library/Application Support/Custos/policy.json
//   Windows  %ProgramData%\Custos\policy.json
// No file there: the built-in default (resources/policy/default-policy.json:
// second factor required, no export at all).
//
// CUSTOS_POLICY_FILE names another file (for tests and staged roll-outs). It
// is honoured in every build, because it grants nothing by itself: the file
// it names must pass the same protection check as the machine-wide one
// (owned by root/Administrators, not writable by anyone else, nor its
// folders). A user can point it only at files an administrator made.
//
// A file that exists but is unprotected, unreadable or invalid is refused
// with an error; callers then fail closed (no PHI action), never fall back
// silently to a different policy.
//
// Validation: JSON syntax, duplicate keys, the JSON Schema
// resources/policy/policy.schema.json, then cross-field rules. Every error
// names the file, the line and the field:
//   policy.json line 14: roles.technologist.permissions[2]: "ExportDicomm" is not a known action

#include "core/common/result.h"
#include "core/policy/policy.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace custos::policy {

QString systemPolicyPath();

struct PolicySource
{
    QString path;                 // the file to read
    bool fromEnvironment = false; // CUSTOS_POLICY_FILE
};
PolicySource policySource();

// Validates and converts; `name` prefixes each error ("policy.json").
Result<Policy> parsePolicy(const QByteArray& json, const QString& name);

// The file (symbolic links resolved) and every folder above it must be
// owned by root and writable by no one else (a world-writable folder only
// with the sticky bit, like /tmp). `asUser` (default: the effective user)
// is named in the error. On Windows the check is left to the installer's
// ACLs (ProgramData\Custos is created admin-only) and returns Ok.
Result<void> checkPolicyFileProtection(const QString& path);

// Protection check, read, parse.
Result<Policy> loadPolicyFile(const QString& path);
// Parse without the protection check: `custos-cli policy validate` of a draft.
Result<Policy> loadPolicyFileUnchecked(const QString& path);

// The compiled-in default (always valid: a test proves it).
std::shared_ptr<const Policy> builtInDefaultPolicy();
// The example site policy shipped for IT (resources/policy/example-site-policy.json).
QByteArray exampleSitePolicyJson();

// policySource(): the file if it exists (checked), else the built-in default.
Result<std::shared_ptr<const Policy>> loadSitePolicy();

} // namespace custos::policy

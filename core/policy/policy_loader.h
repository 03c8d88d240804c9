// SPDX-License-Identifier: Apache-2.0
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
// CUSTOS_POLICY_FILE names another file (personal mode: tests, evaluation).
// The file it names must pass the same protection check as the machine-wide
// one. In site mode (a policy installed machine-wide) it is refused: a user
// could otherwise pick any root-owned file, such as an old backup.
//
// The file is read race-free: every folder from "/" down is opened with
// O_NOFOLLOW and checked on its descriptor (root-owned, not writable by
// others unless sticky), then the file itself, read from the descriptor
// that was checked. Windows: no reparse points, and the DACL of the open
// handle and of its folders lets only Administrators/SYSTEM write
// (policy_file_win.h). macOS: a policy forced through the managed
// preferences domain com.custos.viewer (key PolicyJSON) comes first.
//
// A file that exists but is unprotected, unreadable or invalid is refused
// with an error; callers then fail closed (no PHI action), never fall back
// silently to a different policy.
//
// Validation: JSON syntax, duplicate keys, the JSON Schema
// resources/policy/policy.schema.json, then cross-field rules. Every error
// names the file, the line and the field:
//   policy.json line 14: roles.technologist.permissions[2]: "ExportDicomm" is not a known action

#include "core/auth/oidc_config.h"
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

// The file and every folder above it must be owned by root and writable by
// no one else (a world-writable folder only with the sticky bit, like /tmp),
// and no symbolic link may be on the way. Returns the bytes read from the
// checked descriptor.
Result<QByteArray> readProtectedPolicyFile(const QString& path);
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
// In site mode CUSTOS_POLICY_FILE is an error.
Result<std::shared_ptr<const Policy>> loadSitePolicy();

// Site mode: IT installed a policy machine-wide (systemPolicyPath() exists,
// or on macOS the managed preferences carry one). The opposite is personal
// mode (evaluation, the demo, tests), where the person owns everything anyway.
bool siteMode();

// What a person asked for at start that site mode refuses. The environment
// (CUSTOS_POLICY_FILE, CUSTOS_DATA_DIR) is read by the check itself.
struct SiteModeChoices
{
    bool demo = false;
    bool dataDirOption = false;     // --data-dir
    QStringList identityOptions;    // "--issuer", "--client-id", "--role-map" as given
    QStringList identitySettings;   // settings.ini [sso] keys that pick the provider or the roles
};
// Ok in personal mode; in site mode an error with one sentence per refusal, saying why.
Result<void> checkSiteModeChoices(const SiteModeChoices& choices);
QString siteModeRefusal(const QString& what, const QString& because);

// Single sign-on as the policy's identityProvider says: issuer, client,
// scopes (never offline_access: tokens live in memory only), roles claim,
// role map, required acr and amr. `siteModeRules`: https issuers only.
Result<auth::OidcConfig> identityProviderConfig(const Policy& policy, bool siteModeRules);

} // namespace custos::policy

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Builds a site policy from the MSI's public properties (ISSUER, CLIENTID,
// ROLESCLAIM, ROLEMAP, AUDITHOST, AUDITPORT, AUDITBACKLOGRECORDS,
// AUDITBACKLOGHOURS, SITENAME): the installed
// default policy with the site's identity provider and audit collector
// added. Standard C++ only, so the Linux CI compiles and runs it too
// (tests/installer/site_policy_json_check.cpp) and checks the result with
// `custos-cli policy validate`; policy_setup.cpp uses it on Windows.

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace custos::installer {

struct SiteProperties
{
    std::string siteName;
    std::string issuer;
    std::string clientId;
    std::string rolesClaim;
    std::string roleMap; // "group=role[,role];group=role"
    std::string auditHost;
    std::string auditPort;
    // auditCollector.backlogCeiling (policy version 2): records, hours.
    std::string backlogRecords;
    std::string backlogHours;

    bool any() const
    {
        return !siteName.empty() || !issuer.empty() || !clientId.empty() || !rolesClaim.empty() || !roleMap.empty()
            || !auditHost.empty() || !auditPort.empty() || !backlogRecords.empty() || !backlogHours.empty();
    }
};

inline std::string jsonString(std::string_view s)
{
    std::string out = "\"";
    for (const char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char* hex = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xF];
                out += hex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

inline std::vector<std::string> split(std::string_view s, char by)
{
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= s.size()) {
        const size_t end = std::min(s.find(by, start), s.size());
        std::string part(s.substr(start, end - start));
        while (!part.empty() && part.front() == ' ')
            part.erase(part.begin());
        while (!part.empty() && part.back() == ' ')
            part.pop_back();
        if (!part.empty())
            parts.push_back(part);
        start = end + 1;
    }
    return parts;
}

// The value of the first top-level "siteName" in `json` replaced by `name`.
inline bool replaceSiteName(std::string& json, const std::string& name)
{
    const size_t key = json.find("\"siteName\"");
    if (key == std::string::npos)
        return false;
    const size_t open = json.find('"', json.find(':', key) + 1);
    size_t close = open + 1;
    while (close < json.size() && json[close] != '"')
        close += json[close] == '\\' ? 2 : 1;
    if (open == std::string::npos || close >= json.size())
        return false;
    json.replace(open, close - open + 1, jsonString(name));
    return true;
}

// The top-level "version": N of `json` set to `version` (never lowered).
inline bool raiseVersion(std::string& json, int version)
{
    const size_t key = json.find("\"version\"");
    if (key == std::string::npos)
        return false;
    const size_t colon = json.find(':', key);
    const size_t digits = json.find_first_not_of(" \t\r\n", colon + 1);
    if (colon == std::string::npos || digits == std::string::npos || json[digits] < '0' || json[digits] > '9')
        return false;
    const size_t end = json.find_first_not_of("0123456789", digits);
    if (std::stoi(json.substr(digits, end - digits)) < version)
        json.replace(digits, end - digits, std::to_string(version));
    return true;
}

// A decimal number of hours, 0.01 to 8760, written as JSON ("1", "0.5", "12.25").
inline bool validHours(const std::string& h)
{
    if (h.empty() || h.size() > 12 || h.find_first_not_of("0123456789.") != std::string::npos || std::count(h.begin(), h.end(), '.') > 1
        || h.front() == '.' || h.back() == '.')
        return false;
    const double v = std::stod(h);
    return v >= 0.01 && v <= 8760;
}

// The policy text, or nullopt with `error` set to what IT must fix.
// The result is checked by custos-cli policy validate before it is used.
inline std::optional<std::string> composeSitePolicy(std::string base, const SiteProperties& p, std::string& error)
{
    if (p.issuer.empty() != p.clientId.empty()) {
        error = "ISSUER and CLIENTID go together: set both or neither.";
        return std::nullopt;
    }
    if (p.issuer.empty() && (!p.rolesClaim.empty() || !p.roleMap.empty())) {
        error = "ROLESCLAIM and ROLEMAP need ISSUER and CLIENTID.";
        return std::nullopt;
    }
    if (!p.auditPort.empty() && p.auditHost.empty()) {
        error = "AUDITPORT needs AUDITHOST.";
        return std::nullopt;
    }
    int port = 6514;
    if (!p.auditPort.empty()) {
        if (p.auditPort.size() > 5 || p.auditPort.find_first_not_of("0123456789") != std::string::npos
            || std::stoi(p.auditPort) < 1 || std::stoi(p.auditPort) > 65535) {
            error = "AUDITPORT must be a port number from 1 to 65535.";
            return std::nullopt;
        }
        port = std::stoi(p.auditPort);
    }
    if ((!p.backlogRecords.empty() || !p.backlogHours.empty()) && p.auditHost.empty()) {
        error = "AUDITBACKLOGRECORDS and AUDITBACKLOGHOURS need AUDITHOST (the collector the backlog waits for).";
        return std::nullopt;
    }
    if (!p.backlogRecords.empty()
        && (p.backlogRecords.size() > 9 || p.backlogRecords.find_first_not_of("0123456789") != std::string::npos
            || std::stol(p.backlogRecords) < 1 || std::stol(p.backlogRecords) > 100000000)) {
        error = "AUDITBACKLOGRECORDS must be a whole number of records from 1 to 100000000.";
        return std::nullopt;
    }
    if (!p.backlogHours.empty() && !validHours(p.backlogHours)) {
        error = "AUDITBACKLOGHOURS must be a number of hours from 0.01 to 8760 (a dot for decimals: 0.5).";
        return std::nullopt;
    }
    const size_t last = base.find_last_of('}');
    if (last == std::string::npos) {
        error = "the installed default policy is not a JSON object.";
        return std::nullopt;
    }
    if (!replaceSiteName(base, p.siteName.empty() ? std::string("Deployed by the Custos MSI") : p.siteName)) {
        error = "the installed default policy has no siteName.";
        return std::nullopt;
    }
    const size_t end = base.find_last_of('}');
    std::string add;
    if (!p.issuer.empty()) {
        add += ",\n  \"identityProvider\": {\n    \"issuer\": " + jsonString(p.issuer) + ",\n    \"clientId\": "
            + jsonString(p.clientId);
        if (!p.rolesClaim.empty())
            add += ",\n    \"rolesClaim\": " + jsonString(p.rolesClaim);
        if (!p.roleMap.empty()) {
            add += ",\n    \"roleMapping\": {";
            const auto entries = split(p.roleMap, ';');
            for (size_t i = 0; i < entries.size(); ++i) {
                const size_t eq = entries[i].find('=');
                if (eq == std::string::npos || eq == 0 || eq + 1 == entries[i].size()) {
                    error = "ROLEMAP entries are GROUP=ROLE[,ROLE], separated by ';': \"" + entries[i] + "\" is not.";
                    return std::nullopt;
                }
                add += (i ? ", " : " ") + jsonString(entries[i].substr(0, eq)) + ": [";
                const auto roles = split(std::string_view(entries[i]).substr(eq + 1), ',');
                for (size_t r = 0; r < roles.size(); ++r)
                    add += (r ? ", " : "") + jsonString(roles[r]);
                add += "]";
            }
            add += " }";
        }
        add += "\n  }";
    }
    if (!p.auditHost.empty()) {
        add += ",\n  \"auditCollector\": { \"host\": " + jsonString(p.auditHost) + ", \"port\": " + std::to_string(port);
        if (!p.backlogRecords.empty() || !p.backlogHours.empty()) {
            // A version 1 reader would ignore the ceiling: the policy says version 2.
            if (!raiseVersion(base, 2)) {
                error = "the installed default policy has no top-level \"version\".";
                return std::nullopt;
            }
            add += ",\n    \"backlogCeiling\": { ";
            if (!p.backlogRecords.empty())
                add += "\"records\": " + std::to_string(std::stol(p.backlogRecords));
            if (!p.backlogHours.empty())
                add += std::string(p.backlogRecords.empty() ? "" : ", ") + "\"hours\": " + p.backlogHours;
            add += " }\n  ";
        }
        add += " }";
    }
    size_t body = end;
    while (body > 0 && (base[body - 1] == '\n' || base[body - 1] == ' ' || base[body - 1] == '\r'))
        --body;
    return base.substr(0, body) + add + "\n}\n";
}

} // namespace custos::installer

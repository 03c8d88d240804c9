// SPDX-License-Identifier: Apache-2.0
// Runs installer/windows/site_policy_json.h (the MSI custom action's policy
// builder) on Linux, so tests/installer/msi_test.sh can check its output
// with custos-cli policy validate.
// usage: site_policy_json_check BASE OUT SITENAME ISSUER CLIENTID ROLESCLAIM ROLEMAP AUDITHOST AUDITPORT
//        [AUDITBACKLOGRECORDS AUDITBACKLOGHOURS]
#include "installer/windows/site_policy_json.h"

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv)
{
    if (argc != 10 && argc != 12) {
        std::cerr << "usage: site_policy_json_check BASE OUT SITENAME ISSUER CLIENTID ROLESCLAIM ROLEMAP AUDITHOST AUDITPORT "
                     "[AUDITBACKLOGRECORDS AUDITBACKLOGHOURS]\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream base;
    base << in.rdbuf();
    custos::installer::SiteProperties p{argv[3], argv[4], argv[5], argv[6], argv[7], argv[8], argv[9],
                                        argc == 12 ? argv[10] : "", argc == 12 ? argv[11] : ""};
    std::string error;
    const auto policy = custos::installer::composeSitePolicy(base.str(), p, error);
    if (!policy) {
        std::cerr << error << "\n";
        return 1;
    }
    std::ofstream(argv[2], std::ios::binary) << *policy;
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Helpers of custos-bench-viewport: a millisecond clock, percentiles, the load
// average, and one timed run of the viewer (`custos --timing`).

#include <QString>

#include <vector>

namespace custos::bench {

// Milliseconds since the first call (steady clock).
double nowMs();
// Nearest-rank percentile; p = 50 gives the true median; -1 when v is empty.
double percentile(std::vector<double> v, double p);
// The three load averages of /proc/loadavg.
QString loadAverage();

struct AppRun
{
    double first = -1, full = -1;           // ms, as custos prints them (from its main())
    double firstSpawn = -1, fullSpawn = -1; // ms, the same moments seen from the spawn
    double firstOpen = -1, fullOpen = -1;   // ms after the open began (sign-in and set-up excluded)
    QString error;                          // empty when the run succeeded
};

// Writes scratch/policy/policy.json, root-owned: the example site policy with
// scratch as its one export destination and no training prompt, so that the
// viewer's --screenshot (an ExportImage the Guard decides) is allowed there.
// Returns why it could not (not root, custos-cli beside program missing), or "".
QString writeScreenshotPolicy(const QString& program, const QString& scratch);

// `program --timing --screenshot scratch/shot.png --data-dir scratch/data dir`,
// which exits once everything is loaded; reads "first image on screen after X s"
// and "all images loaded after Y s" from its stderr as they come. keyring: run
// it in a private D-Bus session (dbus-run-session) with HOME=scratch/home and a
// gnome-keyring-daemon unlocked for it, as a desktop session would offer.
// CUSTOS_POLICY_FILE names the policy of writeScreenshotPolicy.
AppRun runApp(const QString& program, const QString& dir, const QString& scratch, bool keyring);

} // namespace custos::bench

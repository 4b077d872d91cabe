#pragma once

#include <QString>

// Runs the whole flow a person triggers (decode, the crop dialog with its previews, encode,
// create, PUT with progress, polling, PATCH) on this process's UI thread against a sandbox on
// another thread (as a remote server would be), while a 5 ms heartbeat timer measures the
// longest gap between its ticks. Prints the figures; returns the exit code.
int runStallProbe(const QString &picturePath, int argc, char **argv);

#pragma once

namespace signet {

// Keeps the workspace's master key and plaintext CA keys out of core dumps: both programs call
// this first thing in main(). A crash then leaves no core file (core size limit 0), and the process
// is not dumpable, so neither a core pattern that pipes to a helper nor another process of the same
// user (ptrace, gcore, /proc/PID/mem) can read its memory.
class ProcessHardening {
public:
    // Returns false when the system refused; the programs go on (a failure is no reason to stop
    // working), but tests check that it holds.
    static bool disableCoreDumps();
};

} // namespace signet

// Linked into every test program: tests make hundreds of throwaway workspaces, and scrypt at
// Signet's minimum (N=2^16) would spend minutes on them. The programs themselves keep the floor.
#include "store/KeyVault.h"

namespace {
const bool kFastKdfAllowed = [] {
    signet::KeyVault::setKdfFloor({1u << 10, 8, 1});
    return true;
}();
} // namespace

// The lists of batch issuance and batch revocation (CSV with a header row, JSON lines, one
// reference per line), as read from a file, standard input or the desktop's dialog.
#include "FuzzSupport.h"
#include "pki/IssuanceList.h"
#include "pki/SubjectAltNames.h"

#include <cstdlib>

using namespace signet;

namespace {
void require(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

// Every line number names a line of the input, and a name read for a certificate is final: read
// again, it is the same name of the same kind.
void checkList(const IssuanceList& list, qsizetype lines)
{
    require(list.entries.size() + list.problems.size() <= IssuanceList::kMaxLines);
    int previous = 0;
    for (const IssuanceListEntry& entry : list.entries) {
        require(entry.line > previous && entry.line <= lines);
        previous = entry.line;
        require(entry.days >= 0 && entry.days <= IssuanceList::kMaxDays);
        for (const QStringList* names : {&entry.dnsNames, &entry.ipAddresses, &entry.emails}) {
            for (const QString& name : *names) {
                auto again = SubjectAltNames::parse(name);
                require(again && again->value == name);
            }
        }
    }
    for (const ListProblem& problem : list.problems) {
        require(problem.line >= 1 && problem.line <= lines && !problem.message.isEmpty());
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::clearErrors();
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype lines = input.count('\n') + 1;
    if (auto list = IssuanceList::parse(input)) {
        checkList(*list, lines);
    }
    if (auto references = IssuanceList::parseReferences(input)) {
        for (const ListedReference& reference : *references) {
            require(reference.line >= 1 && reference.line <= lines && !reference.text.isEmpty());
            require(reference.text == reference.text.trimmed());
        }
    }
    fuzz::clearErrors();
    return 0;
}

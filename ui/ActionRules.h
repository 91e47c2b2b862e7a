#pragma once

#include "CertificateRecord.h"

#include <QList>

#include <functional>

namespace signet {

// What the certificate actions see of the window: an open workspace, whether it has a CA to sign
// with, and the selected certificates (the current one first).
struct SelectionContext {
    bool open = false;
    bool hasCa = false;
    QList<CertificateRecord> selected;
};

// When one action applies (the commands model of Kleopatra): to the workspace as a whole, to
// exactly one certificate, or to each of one or more; a selected certificate must pass `accepts`.
// The menus and the toolbar enable an action by its rule; the tree's context menu lists only the
// actions whose rule admits the selection. A new action is a rule plus a slot.
class ActionRule {
public:
    enum class Targets { Workspace, One, OneOrMore };
    using Predicate = std::function<bool(const CertificateRecord&)>;

    // Needs an open workspace only, or one with a CA to sign with.
    static ActionRule workspace(bool needsCa = false);
    static ActionRule one(Predicate accepts = {});
    static ActionRule oneOrMore(Predicate accepts = {});
    // A workspace action that the context menu of one selected certificate offers as well, when the
    // certificate passes `on` (New Server Certificate on a CA, which then signs it).
    ActionRule offeredOn(Predicate on) &&;

    [[nodiscard]] Targets targets() const { return m_targets; }
    [[nodiscard]] bool enabled(const SelectionContext& context) const;
    // In the tree's context menu: selection actions that apply to the selection; workspace actions
    // when nothing is selected, or when they are offered on the one selected certificate.
    [[nodiscard]] bool inContextMenu(const SelectionContext& context) const;

private:
    ActionRule(Targets targets, Predicate accepts, bool needsCa);

    Targets m_targets;
    Predicate m_accepts;
    Predicate m_offeredOn;
    bool m_needsCa = false;
};

// The conditions the rules combine.
namespace rules {
bool isCa(const CertificateRecord& record);
bool signsWithKey(const CertificateRecord& record); // a CA whose key is in the workspace
// Issued by a CA of this workspace and not revoked yet: its CA can list it on a CRL.
bool revocable(const CertificateRecord& record);
// A server certificate whose key is in the workspace: a server can be configured with it.
bool serverWithKey(const CertificateRecord& record);
} // namespace rules

} // namespace signet

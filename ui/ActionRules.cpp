#include "ActionRules.h"

#include <algorithm>

namespace signet {

ActionRule::ActionRule(Targets targets, Predicate accepts, bool needsCa)
    : m_targets(targets), m_accepts(std::move(accepts)), m_needsCa(needsCa)
{
}

ActionRule ActionRule::workspace(bool needsCa)
{
    return ActionRule(Targets::Workspace, {}, needsCa);
}

ActionRule ActionRule::one(Predicate accepts)
{
    return ActionRule(Targets::One, std::move(accepts), false);
}

ActionRule ActionRule::oneOrMore(Predicate accepts)
{
    return ActionRule(Targets::OneOrMore, std::move(accepts), false);
}

ActionRule ActionRule::offeredOn(Predicate on) &&
{
    m_offeredOn = std::move(on);
    return std::move(*this);
}

bool ActionRule::enabled(const SelectionContext& context) const
{
    if (!context.open || (m_needsCa && !context.hasCa)) {
        return false;
    }
    const auto& selected = context.selected;
    switch (m_targets) {
    case Targets::Workspace:
        return true;
    case Targets::One:
        if (selected.size() != 1) {
            return false;
        }
        break;
    case Targets::OneOrMore:
        if (selected.isEmpty()) {
            return false;
        }
        break;
    }
    return !m_accepts || std::all_of(selected.begin(), selected.end(), m_accepts);
}

bool ActionRule::inContextMenu(const SelectionContext& context) const
{
    if (!enabled(context)) {
        return false;
    }
    if (m_targets != Targets::Workspace) {
        return true;
    }
    if (context.selected.isEmpty()) {
        return true;
    }
    return m_offeredOn && context.selected.size() == 1 && m_offeredOn(context.selected.first());
}

namespace rules {

bool isCa(const CertificateRecord& record)
{
    return record.isCa;
}

bool signsWithKey(const CertificateRecord& record)
{
    return record.isCa && record.keyId.has_value();
}

bool revocable(const CertificateRecord& record)
{
    return !record.revoked && record.issuerId.has_value();
}

bool serverWithKey(const CertificateRecord& record)
{
    return record.keyId.has_value() && (record.profile == Profile::Server || record.profile == Profile::ServerClient);
}

} // namespace rules

} // namespace signet

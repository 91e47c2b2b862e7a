#pragma once

#include "IssuanceService.h"
#include "IssuanceTemplate.h"
#include "Result.h"

#include <optional>

namespace signet {

// A template and the subject defaults that apply to one issuance, resolved: the workspace's
// defaults, overridden by those of the issuing CA, overridden by the template's.
struct IssuancePreset {
    std::optional<IssuanceTemplate> tmpl; // none chosen
    SubjectDefaults subject;
};

// Which of the options a person chose, where the options cannot tell (a CSR's profile always has a
// value). Days of 0, no key type and empty subjects and names are "not chosen".
struct ChosenOptions {
    bool profile = false;
};

// Fill in what the options leave open: values chosen win over the template's, which win over the
// defaults of the issuing CA, which win over the workspace's. Subject attributes are merged one by
// one (an attribute given keeps its value); e-mail addresses without a domain get the default
// domain; the template's DNS name patterns are expanded with the common name and added. Pure: it
// reads no workspace and changes nothing, so the wizards preview what issuing will do.
//
// A leaf's template must fit the certificate: a server template for a server, a client template
// for a client; a server-client template fits both and makes the certificate server-client.
Result<LeafOptions> applyPreset(const LeafOptions& options, const IssuancePreset& preset);
// A CA template makes root CAs or intermediate CAs, as the options' issuer says.
Result<CaOptions> applyPreset(const CaOptions& options, const IssuancePreset& preset);
// A request brings its own key and names: the template gives the profile and the validity.
Result<CsrOptions> applyPreset(const CsrOptions& options, const IssuancePreset& preset, ChosenOptions chosen);

// `subject` (may be empty) with each attribute of `defaults` it lacks; empty when both are.
Result<DistinguishedName> mergeSubject(const DistinguishedName& subject, const SubjectDefaults& defaults);

} // namespace signet

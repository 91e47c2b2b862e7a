#pragma once

#include "CertificateRef.h"
#include "IssuancePreset.h"
#include "Result.h"
#include "Workspace.h"

#include <QStringList>

namespace signet {

class CliContext;
class CommandLine;

// template list|show|create|delete, defaults show|set, and --template for the issuing commands.
class TemplateCommands {
public:
    explicit TemplateCommands(const CliContext& context) : m_ctx(context) {}

    int list(const QStringList& args);
    int show(const QStringList& args);
    int create(const QStringList& args);
    int remove(const QStringList& args);
    int showDefaults(const QStringList& args);
    int setDefaults(const QStringList& args);

    // --template NAME, for the commands that issue.
    static void addTemplateOption(CommandLine& cl);
    // `options` with the template that --template names (if any) and the defaults of the workspace
    // and of `issuer` filled in where they leave something open.
    // `chosen`: for a CSR, whether its profile was given.
    template <typename Options, typename... Chosen>
    static Result<Options> withTemplate(Workspace& ws, const CommandLine& cl, const Options& options,
                                        const CertificateRef& issuer, Chosen... chosen);

private:
    static QString templateName(const CommandLine& cl);
    const CliContext& m_ctx;
};

template <typename Options, typename... Chosen>
Result<Options> TemplateCommands::withTemplate(Workspace& ws, const CommandLine& cl, const Options& options,
                                               const CertificateRef& issuer, Chosen... chosen)
{
    auto preset = ws.preset(templateName(cl), issuer);
    if (!preset) {
        return preset.error();
    }
    return applyPreset(options, *preset, chosen...);
}

} // namespace signet

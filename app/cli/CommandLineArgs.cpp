#include "CommandLineArgs.h"

namespace nephos::cli {

bool CommandLineArgs::parseOptionsOnly(const QStringList& args, const std::vector<Option>& options,
                                       QString* error)
{
    if (!parse(args, options, error))
        return false;
    if (positional().isEmpty())
        return true;
    if (error)
        *error = QStringLiteral("unexpected argument '%1'").arg(positional().value(0));
    return false;
}

bool CommandLineArgs::parse(const QStringList& args, const std::vector<Option>& options,
                            QString* error)
{
    m_values.clear();
    m_all.clear();
    m_positional.clear();
    bool onlyPositional = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (onlyPositional || !arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            if (!onlyPositional && arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
                *error = QStringLiteral("unknown option '%1'").arg(arg);
                return false;
            }
            m_positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        bool hasInline = false;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
            hasInline = true;
        }
        const Option* option = nullptr;
        for (const auto& o : options)
            if (o.name == name)
                option = &o;
        if (!option) {
            *error = QStringLiteral("unknown option '--%1'").arg(name);
            return false;
        }
        if (!option->takesValue) {
            if (hasInline) {
                *error = QStringLiteral("option '--%1' takes no value").arg(name);
                return false;
            }
            m_values.insert(name, QString());
            continue;
        }
        if (hasInline) {
            m_values.insert(name, inlineValue);
        } else if (i + 1 < args.size()) {
            m_values.insert(name, args[++i]);
        } else {
            *error = QStringLiteral("option '--%1' needs a value").arg(name);
            return false;
        }
        m_all[name].append(m_values.value(name));
    }
    return true;
}

} // namespace nephos::cli

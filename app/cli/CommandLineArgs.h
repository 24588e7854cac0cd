#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace nephos::cli {

/// Options of one sub-command: `--name VALUE` or `--name=VALUE` for value options, `--name` for
/// flags, everything else positional. Unknown options and missing values are usage errors.
class CommandLineArgs
{
public:
    struct Option
    {
        QString name; ///< without the dashes
        bool takesValue = false;
    };

    /// False (with a message for stderr) on bad usage.
    bool parse(const QStringList& args, const std::vector<Option>& options, QString* error);
    /// parse() for commands that take options only: a positional argument is an error too.
    bool parseOptionsOnly(const QStringList& args, const std::vector<Option>& options,
                          QString* error);

    bool has(const QString& name) const { return m_values.contains(name); }
    /// The last value of an option given several times.
    QString value(const QString& name) const { return m_values.value(name); }
    /// Every value of an option, in command-line order (e.g. `--map a=x --map b=y`).
    QStringList values(const QString& name) const { return m_all.value(name); }
    const QStringList& positional() const { return m_positional; }

private:
    QMap<QString, QString> m_values;
    QMap<QString, QStringList> m_all;
    QStringList m_positional;
};

} // namespace nephos::cli

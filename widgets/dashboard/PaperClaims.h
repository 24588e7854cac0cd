#pragma once

#include <QHash>
#include <QString>

namespace nephos::widgets {

/// One figure the paper reports for a KPI (never an input or a target: display only).
struct PaperClaim
{
    double value = 0.0;
    QString unit;
    QString table; ///< e.g. "Table 8"
    QString label; ///< what the paper measured, e.g. "avg resource utilisation, proposed method"
};

/// The paper's claimed KPI figures from the embedded :/data/paper-claims.json, keyed by the
/// Kpis::keyValues() key they sit beside.
class PaperClaims
{
public:
    /// Loads the embedded file once per call; empty when it is missing or malformed.
    static QHash<QString, PaperClaim> kpiClaims();
    /// One line describing the paper's Table 3 sample resource profile; empty when missing.
    static QString table3Summary();
};

} // namespace nephos::widgets

#pragma once

#include <QString>

namespace nephos::test {

/// Absolute path of ../shared/data (overridable with the NEPHOS_SHARED_DATA environment variable).
QString sharedDataDir();

/// Path of a file under ../shared/data, e.g. sharedDataFile("geo/regions.csv").
QString sharedDataFile(const QString& relative);

/// A directory in the build tree for files that tests write (screenshots, exports); created on
/// demand.
QString testOutputDir(const QString& subdir = QString());

} // namespace nephos::test

#pragma once

#include "data/DataPack.h"

#include <QByteArray>
#include <QString>

namespace nephos {

/// Parses a data pack (format: docs/data-pack-format.md). On failure returns false and sets
/// *error to "<origin>: <JSON path>: <problem>", e.g. "pack.json: offers[3].region: expected a
/// string"; syntax errors name line and column. `origin` is usually the file name.
bool dataPackFromJson(const QByteArray& json, DataPack& out, QString* error,
                      const QString& origin = QString());

/// Serialises a pack; the result parses back to an equal pack.
QByteArray dataPackToJson(const DataPack& pack, bool indented = false);

/// Reads and parses a pack file; errors name the file.
bool loadDataPack(const QString& path, DataPack& out, QString* error);

/// Writes a pack file (atomically); errors name the file.
bool saveDataPack(const QString& path, const DataPack& pack, QString* error);

} // namespace nephos

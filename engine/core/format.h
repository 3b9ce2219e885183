#pragma once

#include <QString>

#include <optional>

// Numbers as the dashboard shows them, in the user's locale; a missing figure
// is an en dash, never 0.
namespace Format {

QString ms(std::optional<double> v);
QString rate(std::optional<double> v);        // tokens/s
QString price(std::optional<double> usdPerM); // "$0.25"
QString usd(std::optional<double> v);         // cost, with cents or more precision when small
QString percent(std::optional<double> v, bool sign = false);
QString signedMs(std::optional<double> v);
QString integer(qint64 v);

} // namespace Format

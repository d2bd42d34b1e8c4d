#pragma once

#include <QString>

namespace rd {

// The name recorded as the actor of a decision when the user gives none: the login name.
QString loginName();

} // namespace rd

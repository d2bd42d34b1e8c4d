#pragma once

#include <QString>

// The name recorded as the actor of a decision when the user gives none: the login name.
QString loginName();

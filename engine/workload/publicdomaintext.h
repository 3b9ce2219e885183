#pragma once

#include <QString>

// Public-domain English prose (the Gettysburg Address, the opening of the
// Declaration of Independence, the Preamble of the US Constitution and the
// opening of A Tale of Two Cities) that synthetic prompts are cut from.
namespace PublicDomainText {

const QString &text();

} // namespace PublicDomainText

#pragma once

#include <QtGlobal>

// Roughly how a chat model's tokenizer counts an English prompt: a token per
// four characters plus the chat template's few. Synthetic prompts are cut to
// a target with it and the simulated provider counts with it; a real server's
// usage.prompt_tokens is what a report records.
namespace TokenEstimate {

inline constexpr int kCharsPerToken = 4;
inline constexpr int kTemplateTokens = 8;

inline int tokensOf(qsizetype chars)
{
    return kTemplateTokens + int((chars + kCharsPerToken - 1) / kCharsPerToken);
}

// Characters of text that come to about `tokens`, template included.
inline qsizetype charsFor(int tokens)
{
    return qsizetype(qMax(0, tokens - kTemplateTokens)) * kCharsPerToken;
}

} // namespace TokenEstimate

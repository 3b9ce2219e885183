#include "endpointpresets.h"

#include <QCoreApplication>

namespace {

// This file's strings, in the "EndpointPresets" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EndpointPresets)
};

} // namespace

QList<EndpointPreset> EndpointPresets::all()
{
    return {
        {Tr::tr("The study's gateway (global-apis.com)"), QStringLiteral("https://global-apis.com/v1"),
         QStringLiteral("openai"), QStringLiteral("TOKENMETER_API_KEY")},
        {QStringLiteral("OpenAI"), QStringLiteral("https://api.openai.com/v1"), QStringLiteral("openai"),
         QStringLiteral("OPENAI_API_KEY")},
        {QStringLiteral("Anthropic"), QStringLiteral("https://api.anthropic.com/v1"), QStringLiteral("anthropic"),
         QStringLiteral("ANTHROPIC_API_KEY")},
        {QStringLiteral("DeepSeek"), QStringLiteral("https://api.deepseek.com/v1"), QStringLiteral("openai"),
         QStringLiteral("DEEPSEEK_API_KEY")},
        {QStringLiteral("OpenRouter"), QStringLiteral("https://openrouter.ai/api/v1"), QStringLiteral("openai"),
         QStringLiteral("OPENROUTER_API_KEY")},
        {QStringLiteral("Moonshot"), QStringLiteral("https://api.moonshot.ai/v1"), QStringLiteral("openai"),
         QStringLiteral("MOONSHOT_API_KEY")},
        {Tr::tr("Alibaba DashScope (compatible mode)"),
         QStringLiteral("https://dashscope-intl.aliyuncs.com/compatible-mode/v1"), QStringLiteral("openai"),
         QStringLiteral("DASHSCOPE_API_KEY")},
        {Tr::tr("vLLM on this machine"), QStringLiteral("http://127.0.0.1:8000/v1"), QStringLiteral("openai"),
         QString()},
        {Tr::tr("llama.cpp server on this machine"), QStringLiteral("http://127.0.0.1:8080/v1"),
         QStringLiteral("openai"), QString()},
        {Tr::tr("Ollama on this machine"), QStringLiteral("http://127.0.0.1:11434/v1"), QStringLiteral("openai"),
         QString()},
    };
}

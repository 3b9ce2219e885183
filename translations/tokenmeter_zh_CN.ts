<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddModelDialog</name>
    <message>
        <source>Price unknown</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>Reasoning model (thinks before it answers)</source>
        <translation>推理模型（先思考再回答）</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>as the endpoint names it, e.g. gpt-4o-mini</source>
        <translation>与端点中的名称一致，例如 gpt-4o-mini</translation>
    </message>
    <message>
        <source>shown in tables and charts; the API id when empty</source>
        <translation>显示在表格和图表中；留空则使用 API ID</translation>
    </message>
    <message>
        <source> per million output tokens</source>
        <translation> / 百万输出 token</translation>
    </message>
    <message>
        <source>API id:</source>
        <translation>API ID：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>服务商：</translation>
    </message>
    <message>
        <source>Output price:</source>
        <translation>输出价格：</translation>
    </message>
    <message>
        <source>Enter the model&apos;s API id.</source>
        <translation>请输入模型的 API ID。</translation>
    </message>
    <message>
        <source>An API id has no spaces.</source>
        <translation>API ID 不能包含空格。</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file %1 could not be read; it was kept as %2 and the defaults are used.</source>
        <translation>无法读取设置文件 %1；已将其保留为 %2，并使用默认设置。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; the defaults are used.</source>
        <translation>无法读取设置文件 %1；将使用默认设置。</translation>
    </message>
    <message>
        <source>Through %1</source>
        <translation>经由 %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Ultra-budget</source>
        <translation>超低价</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>低价</translation>
    </message>
    <message>
        <source>Mid-range</source>
        <translation>中端</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>高端</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>即时</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>Noticeable</source>
        <translation>可感知</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>缓慢</translation>
    </message>
    <message>
        <source>US East (Ohio)</source>
        <translation>美国东部（俄亥俄）</translation>
    </message>
    <message>
        <source>Asia (Singapore)</source>
        <translation>亚洲（新加坡）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tokenmeter catalog</source>
        <translation>“%1”不是 Tokenmeter 目录</translation>
    </message>
    <message>
        <source>%1: cannot read the catalog file: %2</source>
        <translation>%1：无法读取目录文件：%2</translation>
    </message>
    <message>
        <source>%1: %2 MiB is more than a catalog can be (%3 MiB)</source>
        <translation>%1：大小为 %2 MiB，超过了目录的上限（%3 MiB）</translation>
    </message>
</context>
<context>
    <name>CatalogEditDelegate</name>
    <message>
        <source>unknown</source>
        <comment>price</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>price date</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Empty: the run&apos;s endpoint</source>
        <translation>留空：使用运行所用的端点</translation>
    </message>
</context>
<context>
    <name>CatalogEditModel</name>
    <message>
        <source>Id</source>
        <comment>catalog id of a model</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>API id</source>
        <comment>the id a request sends as model</comment>
        <translation>API ID</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>$/M in</source>
        <comment>USD per million input tokens</comment>
        <translation>$/百万输入</translation>
    </message>
    <message>
        <source>$/M out</source>
        <comment>USD per million output tokens</comment>
        <translation>$/百万输出</translation>
    </message>
    <message>
        <source>Prices as of</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <comment>a model that thinks before it answers</comment>
        <translation>推理</translation>
    </message>
    <message>
        <source>Sent as &quot;model&quot; in requests; the id when empty</source>
        <translation>在请求中作为“model”发送；留空则使用 ID</translation>
    </message>
    <message>
        <source>The saved endpoint that serves this model; when empty, the run&apos;s endpoint</source>
        <translation>提供此模型的已保存端点；留空则使用运行所用的端点</translation>
    </message>
    <message>
        <source>Input price in US dollars per million tokens; empty when unknown</source>
        <translation>输入价格，单位：美元/百万 token；未知时留空</translation>
    </message>
    <message>
        <source>Output price in US dollars per million tokens; empty when unknown</source>
        <translation>输出价格，单位：美元/百万 token；未知时留空</translation>
    </message>
    <message>
        <source>When the prices were read; empty when unknown</source>
        <translation>价格的采集日期；未知时留空</translation>
    </message>
    <message>
        <source>the run&apos;s</source>
        <comment>endpoint of a model</comment>
        <translation>跟随运行</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>price date</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Added by you; Remove takes it out of the catalog</source>
        <translation>由您添加；“移除”会将其从目录中删除</translation>
    </message>
    <message>
        <source>Edited: differs from the built-in catalog (Reset to seed puts it back)</source>
        <translation>已编辑：与内置目录不同（“重置为内置值”可将其恢复）</translation>
    </message>
    <message>
        <source>From the built-in catalog</source>
        <translation>来自内置目录</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>provider of a user&apos;s model</comment>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Row %1 has no id: enter the id the model is known by.</source>
        <translation>第 %1 行没有 ID：请输入该模型的 ID。</translation>
    </message>
    <message>
        <source>Row %1: the id &quot;%2&quot; has a space; ids have none.</source>
        <translation>第 %1 行：ID“%2”包含空格；ID 不能包含空格。</translation>
    </message>
    <message>
        <source>Rows %1 and %2 have the same id &quot;%3&quot;; ids must be unique.</source>
        <translation>第 %1 行和第 %2 行的 ID 相同（“%3”）；ID 必须唯一。</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Reset to &amp;seed</source>
        <translation>重置为内置值(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. Prices are US dollars per million tokens, empty when unknown. Built-in models can be edited but not removed.</source>
        <translation>双击单元格即可编辑。价格单位为美元/百万 token，未知时留空。内置模型可以编辑，但不能移除。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Removes a model you added; models of the built-in catalog stay</source>
        <translation>移除您添加的模型；内置目录中的模型会保留</translation>
    </message>
    <message>
        <source>Puts an edited model back as the built-in catalog has it</source>
        <translation>将已编辑的模型恢复为内置目录中的状态</translation>
    </message>
    <message>
        <source>Adds or overrides models from a catalog file (JSON)</source>
        <translation>从目录文件（JSON）添加或覆盖模型</translation>
    </message>
    <message>
        <source>Saves the whole catalog as a JSON file</source>
        <translation>将整个目录保存为 JSON 文件</translation>
    </message>
    <message>
        <source>Fix the table before importing: %1</source>
        <translation>导入前请先修正表格：%1</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: the catalog has %n model(s).</source>
        <translation>
            <numerusform>已导入 %1：目录现有 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the table before exporting: %1</source>
        <translation>导出前请先修正表格：%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n model(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个模型导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a catalog</source>
        <translation>导入目录</translation>
    </message>
    <message>
        <source>Catalog files (*.json);;All files (*)</source>
        <translation>目录文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>导出目录</translation>
    </message>
    <message>
        <source>Catalog files (*.json)</source>
        <translation>目录文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Published reference figure of the study, not a Tokenmeter measurement</source>
        <translation>研究公开的参考数据，并非 Tokenmeter 的测量结果</translation>
    </message>
    <message>
        <source>%1 (API id %2, added by you)</source>
        <translation>%1（API ID %2，由您添加）</translation>
    </message>
    <message>
        <source>%1 (API id %2)</source>
        <translation>%1（API ID %2）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>price tier</comment>
        <translation>档位</translation>
    </message>
    <message>
        <source>$/M out</source>
        <comment>USD per million output tokens</comment>
        <translation>$/百万输出</translation>
    </message>
    <message>
        <source>Pub. TTFT</source>
        <comment>published time to first token, ms</comment>
        <translation>公开 TTFT</translation>
    </message>
    <message>
        <source>Pub. tok/s</source>
        <comment>published tokens per second</comment>
        <translation>公开 tok/s</translation>
    </message>
    <message>
        <source>Output price in US dollars per million tokens</source>
        <translation>输出价格，单位：美元/百万 token</translation>
    </message>
    <message>
        <source>Time to first token published by the study, in ms (reference, not measured)</source>
        <translation>研究公布的首 token 时间，单位 ms（参考值，非实测）</translation>
    </message>
    <message>
        <source>Output speed published by the study, in tokens/s (reference, not measured)</source>
        <translation>研究公布的输出速度，单位 tokens/s（参考值，非实测）</translation>
    </message>
</context>
<context>
    <name>ChartDeck</name>
    <message>
        <source>
Double-click to give this chart the whole window, again to restore.</source>
        <translation>
双击可让此图表占满整个窗口，再次双击即可恢复。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>将图表保存为 SVG…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Tokenmeter chart</source>
        <translation>Tokenmeter 图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>No data yet: pick models and start a run (F5).</source>
        <translation>暂无数据：请选择模型并开始运行 (F5)。</translation>
    </message>
</context>
<context>
    <name>CliRun</name>
    <message>
        <source>Interrupted: cancelling the run.</source>
        <translation>已中断：正在取消运行。</translation>
    </message>
    <message>
        <source>Stopped keeping this run in the history: %1</source>
        <translation>已停止在历史记录中保存此次运行：%1</translation>
    </message>
    <message>
        <source>Not keeping this run in the history: %1</source>
        <translation>此次运行不会保存到历史记录中：%1</translation>
    </message>
    <message>
        <source>Kept in the history as run %1 (%2).</source>
        <translation>已保存到历史记录，运行编号 %1（%2）。</translation>
    </message>
    <message>
        <source>Measuring the simulated provider at %1 (every figure is simulated).</source>
        <translation>正在测量位于 %1 的模拟服务商（所有数据均为模拟）。</translation>
    </message>
    <message>
        <source>Measuring %1 from %2.</source>
        <translation>正在从 %2 测量 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n 个区域</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 + %2 warm-up) = %3 requests.</source>
        <translation>（%1 + %2 次预热）= %3 个请求。</translation>
    </message>
    <message>
        <source>Sending to %1, per request:</source>
        <translation>发往 %1 的每个请求内容：</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <source>%1 of %2 requests failed:</source>
        <translation>%2 个请求中有 %1 个失败：</translation>
    </message>
    <message>
        <source>(%1 other kinds of error)</source>
        <translation>（另有 %1 种其他错误）</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed and were tried again (kept in the report as retried, not errors).</source>
        <translation>
            <numerusform>%n 个请求失败后已重试（在报告中记为已重试，不计为错误）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) stopped with the run (not failures).</source>
        <translation>
            <numerusform>%n 个请求随运行一同停止（不计为失败）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSetup</name>
    <message>
        <source>the dashboard&apos;s catalog changes</source>
        <translation>仪表板的目录更改</translation>
    </message>
    <message>
        <source>Not using the dashboard&apos;s catalog changes: %1</source>
        <translation>未使用仪表板的目录更改：%1</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Beyond noise: the 95% bootstrap confidence interval of the difference (each run&apos;s requests resampled 2000 times) does not contain 0. With fewer than 5 successful requests on either side no difference is called beyond noise. Tail percentiles (p99) of small samples are the least certain.</source>
        <translation>超出噪声：差值的 95% 自助法置信区间（每次运行的请求重采样 2000 次）不包含 0。任一侧成功请求少于 5 个时，不会判定任何差异超出噪声。小样本的尾部百分位（p99）最不确定。</translation>
    </message>
    <message>
        <source>A measured %1, B %2: a simulated figure says nothing about a real API.</source>
        <translation>A 测量的是%1，B 测量的是%2：模拟数据无法说明真实 API 的情况。</translation>
    </message>
    <message>
        <source>the simulated provider</source>
        <translation>模拟服务商</translation>
    </message>
    <message>
        <source>a real API</source>
        <translation>真实 API</translation>
    </message>
    <message>
        <source>A measured %1, B %2: the endpoints differ.</source>
        <translation>A 测量的是 %1，B 测量的是 %2：端点不同。</translation>
    </message>
    <message>
        <source>A was measured at %1x speed-up, B at %2x: a speed-up multiplies the measurement&apos;s own lag, so part of the difference may be the speed-up&apos;s.</source>
        <translation>A 以 %1x 加速倍数测量，B 以 %2x 测量：加速会放大测量本身的延迟，因此差异的一部分可能来自加速。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A and B sent different requests (prompt or maximum tokens): their tokens/s and TTFT measure different work.</source>
        <translation>A 和 B 发送的请求不同（提示词或最大 token 数）：它们的 tokens/s 和 TTFT 衡量的是不同的工作量。</translation>
    </message>
    <message>
        <source>too few requests</source>
        <translation>请求过少</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>yes, but read the caution above</source>
        <translation>是，但请阅读上方的注意事项</translation>
    </message>
    <message>
        <source>A and B had different workloads (A: %1; B: %2): input lengths, prompt caching or answer lengths differ, so their TTFT and tokens/s measure different work.</source>
        <translation>A 和 B 的工作负载不同（A：%1；B：%2）：输入长度、提示词缓存或回答长度不同，因此它们的 TTFT 和 tokens/s 衡量的是不同的工作。</translation>
    </message>
    <message>
        <source>%1 %2 (A %3, B %4 tokens)</source>
        <translation>%1 %2（A %3，B %4 个 token）</translation>
    </message>
    <message>
        <source>Output lengths (p50 per request) differ by more than 20%: %1. Tokens/s and end-to-end times do not compare directly at different lengths; compare text speed (chars/s) or fix the length.</source>
        <translation>输出长度（每个请求的 p50）相差超过 20%：%1。长度不同时，token/s 和端到端时间不能直接比较；请比较文本速度（字符/秒）或固定长度。</translation>
    </message>
    <message>
        <source>%1 is a load test of %2 steps, pooled here: its figures mix different loads. Compare two sweeps with tokenmeter-cli compare, which goes step by step.</source>
        <translation>%1 是一个 %2 阶的负载测试，在此被合并：其数据混合了不同负载。请用 tokenmeter-cli compare 逐阶比较两个阶梯测试。</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>n A/B</source>
        <translation>n A/B</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>变化 %</translation>
    </message>
    <message>
        <source>Beyond noise</source>
        <translation>超出噪声</translation>
    </message>
    <message>
        <source>TTFT p50 ms</source>
        <translation>TTFT p50 毫秒</translation>
    </message>
    <message>
        <source>TTFT p90 ms</source>
        <translation>TTFT p90 毫秒</translation>
    </message>
    <message>
        <source>TTFT p99 ms</source>
        <translation>TTFT p99 毫秒</translation>
    </message>
    <message>
        <source>tok/s p50</source>
        <translation>tok/s p50</translation>
    </message>
    <message>
        <source>Read with care: part of a difference may come from how the runs were measured, not from the models.</source>
        <translation>请谨慎解读：差异的一部分可能来自运行的测量方式，而非模型本身。</translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;B&lt;/b&gt;: %2&lt;br&gt;TTFT: time to the %3.</source>
        <translation>&lt;b&gt;A&lt;/b&gt;：%1&lt;br&gt;&lt;b&gt;B&lt;/b&gt;：%2&lt;br&gt;TTFT：到%3的时间。</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>TTFT p90</source>
        <translation>TTFT p90</translation>
    </message>
    <message>
        <source>TTFT p99</source>
        <translation>TTFT p99</translation>
    </message>
    <message>
        <source>Tokens/s p50</source>
        <translation>tokens/s p50</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>指标(&amp;F)：</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Change in %1 from A to B, with its 95% interval</source>
        <translation>%1 从 A 到 B 的变化及其 95% 区间</translation>
    </message>
    <message>
        <source>Characters/s p50 (answer text)</source>
        <translation>字符/秒 p50（回答文本）</translation>
    </message>
    <message>
        <source>chars/s p50</source>
        <translation>字符/秒 p50</translation>
    </message>
    <message>
        <source>out tok p50</source>
        <translation>输出 token p50</translation>
    </message>
    <message>
        <source>characters/s</source>
        <translation>字符/秒</translation>
    </message>
</context>
<context>
    <name>CostProjector</name>
    <message>
        <source>All GLM-5</source>
        <translation>全部 GLM-5</translation>
    </message>
    <message>
        <source>All DeepSeek V4 Pro</source>
        <translation>全部 DeepSeek V4 Pro</translation>
    </message>
    <message>
        <source>Routed mix</source>
        <translation>路由组合</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a share: write it as &quot;60% DeepSeek V4 Flash&quot;.</source>
        <translation>“%1”不是份额：请写成“60% DeepSeek V4 Flash”的形式。</translation>
    </message>
    <message>
        <source>No model &quot;%1&quot; in the catalog.</source>
        <translation>目录中没有模型“%1”。</translation>
    </message>
    <message>
        <source>The share of %1 must be more than 0%.</source>
        <translation>%1 的份额必须大于 0%。</translation>
    </message>
    <message>
        <source>The mix is empty: name at least one model with its share.</source>
        <translation>组合为空：请至少写出一个模型及其份额。</translation>
    </message>
    <message>
        <source>The shares add up to %1%, not 100%.</source>
        <translation>各份额合计为 %1%，而不是 100%。</translation>
    </message>
</context>
<context>
    <name>CostProjectorPanel</name>
    <message>
        <source> M output tokens / month</source>
        <translation> 百万输出 token / 月</translation>
    </message>
    <message>
        <source>Study&apos;s example</source>
        <translation>研究中的示例</translation>
    </message>
    <message>
        <source>All GLM-5, all DeepSeek V4 Pro, and 60% V4 Flash / 30% Qwen3-8B / 10% MiniMax M2.5</source>
        <translation>全部 GLM-5、全部 DeepSeek V4 Pro，以及 60% V4 Flash / 30% Qwen3-8B / 10% MiniMax M2.5</translation>
    </message>
    <message>
        <source>Add strategy</source>
        <translation>添加策略</translation>
    </message>
    <message>
        <source>A new strategy; double-click its mix to edit it</source>
        <translation>新增一个策略；双击其组合即可编辑</translation>
    </message>
    <message>
        <source>Strategy %1</source>
        <translation>策略 %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Output tokens only: input prices are not in the catalog. Double-click a name or mix to edit it.</source>
        <translation>仅计输出 token：目录中没有输入价格。双击名称或组合即可编辑。</translation>
    </message>
    <message numerus="yes">
        <source>Even mix of %n model(s)</source>
        <translation>
            <numerusform>%n 个模型平均组合</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Which model for which job</source>
        <translation>哪个模型适合哪项任务</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Double-click a request for its details; select one to see its text</source>
        <translation>双击请求可查看详情；选中请求可查看其文本</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Cost projector</source>
        <translation>成本预测</translation>
    </message>
    <message>
        <source>Rows coloured by TTFT band; click a header to sort, right-click it for more columns</source>
        <translation>行按 TTFT 区间着色；单击表头排序，右键单击表头显示更多列</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Token arrival</source>
        <translation>Token 到达</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Price tiers</source>
        <translation>价格档</translation>
    </message>
    <message>
        <source>Input length</source>
        <translation>输入长度</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Load steps</source>
        <translation>负载阶梯</translation>
    </message>
    <message>
        <source>Leaderboard: every step of the sweep pooled (see Load steps)</source>
        <translation>排行榜：阶梯测试的所有阶合并在一起（见“负载阶梯”）</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>cannot read the dataset %1: %2</source>
        <translation>无法读取数据集 %1：%2</translation>
    </message>
    <message>
        <source>the dataset %1 is larger than %2 MB</source>
        <translation>数据集 %1 大于 %2 MB</translation>
    </message>
    <message>
        <source>the dataset %1 is empty</source>
        <translation>数据集 %1 为空</translation>
    </message>
    <message numerus="yes">
        <source>the dataset %1 holds no usable conversation: %n line(s) skipped, each needs &quot;messages&quot; or &quot;conversations&quot; with a user turn</source>
        <translation>
            <numerusform>数据集 %1 没有可用的对话：跳过了 %n 行，每行都需要带有用户轮次的 &quot;messages&quot; 或 &quot;conversations&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: the line is longer than %3 MB</source>
        <translation>%1:%2：该行长于 %3 MB</translation>
    </message>
    <message>
        <source>the dataset %1 is not UTF-8 text (line %2)</source>
        <translation>数据集 %1 不是 UTF-8 文本（第 %2 行）</translation>
    </message>
    <message>
        <source>the dataset %1 is a JSON array, not JSON Lines: one conversation per line (jq -c &apos;.[]&apos; converts it)</source>
        <translation>数据集 %1 是 JSON 数组，而不是 JSON Lines：每行一个对话（可用 jq -c &apos;.[]&apos; 转换）</translation>
    </message>
    <message>
        <source>%1:%2: not JSON: %3 (column %4)</source>
        <translation>%1:%2：不是 JSON：%3（第 %4 列）</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>Send the prompt instead (no dataset)</source>
        <translation>改为发送提示词（不用数据集）</translation>
    </message>
    <message>
        <source>Choose a dataset</source>
        <translation>选择数据集</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Dataset…</source>
        <translation>数据集…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1: unreadable</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <source>%1: %2 conversations; %3 lines skipped (no usable conversation). Each request sends one.</source>
        <translation>%1：%2 个对话；跳过 %3 行（没有可用的对话）。每个请求发送一个。</translation>
    </message>
    <message>
        <source>Only the first %1 conversations are used; %2 more are left out.</source>
        <translation>只使用前 %1 个对话；另外 %2 个被舍弃。</translation>
    </message>
    <message>
        <source>Prompt from a file…</source>
        <translation>从文件读取提示词…</translation>
    </message>
    <message>
        <source>Read the prompt from a file</source>
        <translation>从文件读取提示词</translation>
    </message>
    <message>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>文本 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Send conversations from a JSON Lines file (OpenAI &quot;messages&quot; or ShareGPT &quot;conversations&quot;) instead of the prompt: each request one, drawn by a seed, the same for every lane. Its menu reads the prompt from a text file.</source>
        <translation>用 JSON Lines 文件中的对话（OpenAI &quot;messages&quot; 或 ShareGPT &quot;conversations&quot;）代替提示词：每个请求一个，按种子抽取，各通道相同。其菜单可从文本文件读取提示词。</translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>%1 %2 is not a count</source>
        <translation>%1 的值 %2 不是有效的计数</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Time to first token (ms)</source>
        <translation>首 token 时间 (ms)</translation>
    </message>
    <message>
        <source>Output speed (tokens/s)</source>
        <translation>输出速度 (tokens/s)</translation>
    </message>
    <message>
        <source>Box p25–p75, whiskers p10–p90, line at the median; colour: TTFT band; ■ published figure</source>
        <translation>箱体 p25–p75，须线 p10–p90，中线为中位数；颜色：TTFT 区间；■ 公开数据</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公开数据</translation>
    </message>
    <message>
        <source>First answer text</source>
        <translation>首个回答文本</translation>
    </message>
    <message>
        <source>First token of any kind</source>
        <translation>任意类型的首个 token</translation>
    </message>
    <message>
        <source>ms (log scale)</source>
        <translation>毫秒（对数刻度）</translation>
    </message>
    <message>
        <source>What TTFT means in every chart, table and export. Reasoning models think before they answer: their first token comes long before their answer text. The published figures are to the first token.</source>
        <translation>TTFT 在所有图表、表格和导出中的含义。推理模型先思考再回答：它们的首个 token 远早于回答文本出现。公开数据以首个 token 为准。</translation>
    </message>
    <message>
        <source>Time to first token: any kind, reasoning included (ms)</source>
        <translation>首 token 时间：任意类型，含推理 (ms)</translation>
    </message>
    <message>
        <source>Time to first token: first answer text (ms)</source>
        <translation>首 token 时间：首个回答文本 (ms)</translation>
    </message>
    <message>
        <source>Colour: TTFT band of the lane&apos;s p50</source>
        <translation>颜色：该通道 p50 所在的 TTFT 区间</translation>
    </message>
    <message>
        <source>Workload: %1. The published figures are the study&apos;s, for its short prompt.</source>
        <translation>工作负载：%1。公布的数值来自研究，针对其简短提示词。</translation>
    </message>
    <message>
        <source>First token: %1</source>
        <translation>首 token：%1</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>&amp;Send stream_options.include_usage</source>
        <translation>发送 stream_options.include_usage(&amp;S)</translation>
    </message>
    <message>
        <source>up to and including the version, e.g. https://api.example.com/v1</source>
        <translation>包含到版本号为止，例如 https://api.example.com/v1</translation>
    </message>
    <message>
        <source>OpenAI-compatible (/chat/completions)</source>
        <translation>OpenAI 兼容（/chat/completions）</translation>
    </message>
    <message>
        <source>Anthropic Messages (/messages)</source>
        <translation>Anthropic Messages（/messages）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>e.g. OPENAI_API_KEY</source>
        <translation>例如 OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>type a new key to replace the saved one</source>
        <translation>输入新密钥以替换已保存的密钥</translation>
    </message>
    <message>
        <source>paste the key</source>
        <translation>粘贴密钥</translation>
    </message>
    <message>
        <source>One “Name: value” per line, e.g.
HTTP-Referer: https://example.com</source>
        <translation>每行一条“名称: 值”，例如
HTTP-Referer: https://example.com</translation>
    </message>
    <message>
        <source>Sent with every request. Reports record the names only, never the values.</source>
        <translation>随每个请求发送。报告只记录名称，从不记录值。</translation>
    </message>
    <message>
        <source>Asks the server to report token usage at the end of the stream. Some servers refuse requests that carry it: untick it for those.</source>
        <translation>请求服务器在流结束时报告 token 用量。部分服务器会拒绝携带此项的请求：对这些服务器请取消勾选。</translation>
    </message>
    <message>
        <source>PEM file of a private certificate authority (optional)</source>
        <translation>私有证书颁发机构的 PEM 文件（可选）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>基础 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>协议(&amp;P)：</translation>
    </message>
    <message>
        <source>API key &amp;from:</source>
        <translation>API 密钥来源(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Variable:</source>
        <translation>变量(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>额外请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a certificate authority</source>
        <translation>选择证书颁发机构</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Give the endpoint a name.</source>
        <translation>请为端点命名。</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address, e.g. https://api.example.com/v1.</source>
        <translation>基础 URL 必须是 http:// 或 https:// 地址，例如 https://api.example.com/v1。</translation>
    </message>
    <message>
        <source>Enter the environment variable that holds the key.</source>
        <translation>请输入存放密钥的环境变量。</translation>
    </message>
    <message>
        <source>“%1” is not an environment variable name (letters, digits and _).</source>
        <translation>“%1”不是有效的环境变量名（只能包含字母、数字和 _）。</translation>
    </message>
    <message>
        <source>Press “Save in keychain” to keep the key you typed, or clear the field.</source>
        <translation>请按“保存到钥匙串”以保留您输入的密钥，或清空该字段。</translation>
    </message>
    <message>
        <source>Line %1 of the extra headers is not “Name: value”: %2</source>
        <translation>额外请求头的第 %1 行不是“名称: 值”格式：%2</translation>
    </message>
    <message>
        <source>There is no CA file at %1.</source>
        <translation>%1 处没有 CA 文件。</translation>
    </message>
    <message>
        <source>set in this environment</source>
        <translation>在当前环境中已设置</translation>
    </message>
    <message>
        <source>not set in this environment</source>
        <translation>在当前环境中未设置</translation>
    </message>
</context>
<context>
    <name>EndpointOptions</name>
    <message>
        <source>--api-key-env names %1, which is not set</source>
        <translation>--api-key-env 指定的 %1 未设置</translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>--base-url 必须是 http:// 或 https:// URL，而不是“%1”</translation>
    </message>
    <message>
        <source>--base-url must not hold credentials; put the key in an environment variable</source>
        <translation>--base-url 中不能包含凭据；请将密钥放在环境变量中</translation>
    </message>
    <message>
        <source>--protocol must be openai or anthropic, not &quot;%1&quot;</source>
        <translation>--protocol 必须是 openai 或 anthropic，而不是“%1”</translation>
    </message>
    <message>
        <source>--header must look like &quot;Name: value&quot; on one line, not &quot;%1&quot;</source>
        <translation>--header 的格式必须是单行的“Name: value”，而不是“%1”</translation>
    </message>
    <message>
        <source>--ca-file %1 holds no PEM certificate (or cannot be read)</source>
        <translation>--ca-file %1 不含 PEM 证书（或无法读取）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>there is no saved region &quot;%1&quot;; the saved ones are: %2</source>
        <translation>没有名为“%1”的已保存区域；已保存的区域有：%2</translation>
    </message>
    <message>
        <source>--proxy must look like http://host:port or socks5://host:port, not &quot;%1&quot;</source>
        <translation>--proxy 必须形如 http://host:port 或 socks5://host:port，而不是“%1”</translation>
    </message>
    <message>
        <source>This machine through %1:%2</source>
        <translation>本机经由 %1:%2</translation>
    </message>
    <message>
        <source>--%1 describes an endpoint of its own; a saved endpoint (--endpoint) keeps its own settings</source>
        <translation>--%1 用于描述一个独立的端点；已保存的端点（--endpoint）会保留其自身的设置</translation>
    </message>
    <message>
        <source>there is no saved endpoint &quot;%1&quot;; the saved ones are: %2</source>
        <translation>没有名为“%1”的已保存端点；已保存的端点有：%2</translation>
    </message>
    <message>
        <source>A saved endpoint, by id or name (tokenmeter-cli endpoints list).</source>
        <translation>已保存的端点，按 ID 或名称指定（tokenmeter-cli endpoints list）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A region to measure from, by id or name; repeatable, or a comma-separated list. The saved regions (tokenmeter-cli regions list) for a real endpoint, us-east and asia for the simulated provider.</source>
        <translation>测量时请求发出的区域，按 ID 或名称指定；可重复指定，也可使用逗号分隔的列表。真实端点使用已保存的区域（tokenmeter-cli regions list），模拟服务商使用 us-east 和 asia。</translation>
    </message>
    <message>
        <source>An endpoint of this run only: its base URL, e.g. https://api.openai.com/v1 (default: $OPENAI_BASE_URL).</source>
        <translation>仅用于本次运行的端点：其基础 URL，例如 https://api.openai.com/v1（默认：$OPENAI_BASE_URL）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --base-url: the environment variable holding the API key (default: TOKENMETER_API_KEY, then OPENAI_API_KEY, or ANTHROPIC_API_KEY with --protocol anthropic).</source>
        <translation>配合 --base-url：存放 API 密钥的环境变量（默认：TOKENMETER_API_KEY，其次是 OPENAI_API_KEY；使用 --protocol anthropic 时为 ANTHROPIC_API_KEY）。</translation>
    </message>
    <message>
        <source>With --base-url: openai (default: POST {base}/chat/completions) or anthropic (POST {base}/messages).</source>
        <translation>配合 --base-url：openai（默认：POST {base}/chat/completions）或 anthropic（POST {base}/messages）。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>With --base-url: send this extra header with every request, e.g. &quot;HTTP-Referer: https://example.com&quot; (repeatable; values are never saved).</source>
        <translation>配合 --base-url：随每个请求发送此额外请求头，例如 &quot;HTTP-Referer: https://example.com&quot;（可重复指定；值从不保存）。</translation>
    </message>
    <message>
        <source>&quot;NAME: VALUE&quot;</source>
        <translation>&quot;NAME: VALUE&quot;</translation>
    </message>
    <message>
        <source>With --base-url: also trust the CA certificates in this PEM file (a server with a private CA).</source>
        <translation>配合 --base-url：同时信任此 PEM 文件中的 CA 证书（适用于使用私有 CA 的服务器）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also measure from this machine through a proxy: http://host:port or socks5://host:port (user:password@ allowed, never saved).</source>
        <translation>同时从本机经由代理进行测量：http://host:port 或 socks5://host:port（可包含 user:password@，从不保存）。</translation>
    </message>
    <message>
        <source>The settings file with the saved endpoints and regions (default: the dashboard&apos;s).</source>
        <translation>保存端点和区域的设置文件（默认：仪表板的设置文件）。</translation>
    </message>
    <message>
        <source>--%1 applies to a real endpoint (--endpoint or --base-url)</source>
        <translation>--%1 仅适用于真实端点（--endpoint 或 --base-url）</translation>
    </message>
</context>
<context>
    <name>EndpointPresets</name>
    <message>
        <source>The study&apos;s gateway (global-apis.com)</source>
        <translation>研究所用网关（global-apis.com）</translation>
    </message>
    <message>
        <source>Alibaba DashScope (compatible mode)</source>
        <translation>阿里云 DashScope（兼容模式）</translation>
    </message>
    <message>
        <source>vLLM on this machine</source>
        <translation>本机上的 vLLM</translation>
    </message>
    <message>
        <source>llama.cpp server on this machine</source>
        <translation>本机上的 llama.cpp 服务器</translation>
    </message>
    <message>
        <source>Ollama on this machine</source>
        <translation>本机上的 Ollama</translation>
    </message>
</context>
<context>
    <name>EndpointsCommand</name>
    <message>
        <source>the keychain (%1)</source>
        <translation>钥匙串（%1）</translation>
    </message>
    <message>
        <source>$%1 (not set)</source>
        <translation>$%1（未设置）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <source>as %1, password in the keychain</source>
        <translation>用户名 %1，密码在钥匙串中</translation>
    </message>
    <message>
        <source>every endpoint at %1</source>
        <translation>所有端点均使用 %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 使用 %2</translation>
    </message>
    <message>
        <source>id:          %1</source>
        <translation>ID：         %1</translation>
    </message>
    <message>
        <source>name:        %1</source>
        <translation>名称：       %1</translation>
    </message>
    <message>
        <source>base URL:    %1</source>
        <translation>基础 URL：   %1</translation>
    </message>
    <message>
        <source>protocol:    %1</source>
        <translation>协议：       %1</translation>
    </message>
    <message>
        <source>key:         %1</source>
        <translation>密钥：       %1</translation>
    </message>
    <message>
        <source>usage:       %1</source>
        <translation>用量报告：   %1</translation>
    </message>
    <message>
        <source>asked for (stream_options.include_usage)</source>
        <translation>已请求（stream_options.include_usage）</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>未请求</translation>
    </message>
    <message>
        <source>CA file:     %1</source>
        <translation>CA 文件：    %1</translation>
    </message>
    <message>
        <source>header:      %1: (value not shown)</source>
        <translation>请求头：     %1: （不显示值）</translation>
    </message>
    <message>
        <source>The settings file (default: the dashboard&apos;s).</source>
        <translation>设置文件（默认：仪表板的设置文件）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Lists the saved endpoints (list), or one in full (show NAME). Keys and header values are never shown.</source>
        <translation>列出已保存的端点（list），或完整显示其中一个（show NAME）。从不显示密钥和请求头的值。</translation>
    </message>
    <message>
        <source>tokenmeter-cli endpoints: there is no saved endpoint &quot;%1&quot;</source>
        <translation>tokenmeter-cli endpoints: 没有名为“%1”的已保存端点</translation>
    </message>
    <message>
        <source>Usage: tokenmeter-cli endpoints list | show NAME [--settings FILE]</source>
        <translation>用法：tokenmeter-cli endpoints list | show NAME [--settings FILE]</translation>
    </message>
    <message>
        <source>Lists the saved regions: where the requests of a run leave from.</source>
        <translation>列出已保存的区域：即运行的请求从何处发出。</translation>
    </message>
    <message>
        <source>Usage: tokenmeter-cli regions list [--settings FILE]</source>
        <translation>用法：tokenmeter-cli regions list [--settings FILE]</translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message>
        <source>Endpoints and regions</source>
        <translation>端点和区域</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>自定义端点</translation>
    </message>
    <message>
        <source>Where requests to real endpoints leave from: this machine, a proxy in another region, or a region-specific base URL of the provider.</source>
        <translation>发往真实端点的请求从何处发出：本机、位于其他区域的代理，或服务商的区域专用基础 URL。</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>端点(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation>区域(&amp;G)</translation>
    </message>
    <message>
        <source>New region</source>
        <translation>新区域</translation>
    </message>
    <message>
        <source>Endpoints tab, %1</source>
        <translation>“端点”标签页，%1</translation>
    </message>
    <message>
        <source>Regions tab, %1</source>
        <translation>“区域”标签页，%1</translation>
    </message>
</context>
<context>
    <name>EntryListPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Adds an entry (Ctrl+N)</source>
        <translation>添加条目 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Removes the selected entry (Del)</source>
        <translation>移除所选条目 (Del)</translation>
    </message>
    <message>
        <source>Adds a copy of the selected entry; keys and passwords are not copied</source>
        <translation>添加所选条目的副本；密钥和密码不会被复制</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>移除“%1”？</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
</context>
<context>
    <name>ForestPlot</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 (too few requests for an interval)</source>
        <translation>%1（请求过少，无法计算区间）</translation>
    </message>
    <message>
        <source>%1 [%2 … %3]</source>
        <translation>%1 [%2 … %3]</translation>
    </message>
    <message>
        <source>No lane is in both runs.</source>
        <translation>没有同时出现在两次运行中的通道。</translation>
    </message>
    <message>
        <source>change, B − A (%1)</source>
        <translation>变化，B − A（%1）</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>beyond noise, worse</source>
        <translation>超出噪声，变差</translation>
    </message>
    <message>
        <source>beyond noise, better</source>
        <translation>超出噪声，变好</translation>
    </message>
    <message>
        <source>within noise</source>
        <translation>在噪声范围内</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>The program ended during this run; the requests that finished are kept</source>
        <translation>程序在此次运行中途结束；已完成的请求已保留</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1（%2 个失败）</translation>
    </message>
    <message>
        <source>all failed</source>
        <translation>全部失败</translation>
    </message>
    <message>
        <source>The history refused the change.</source>
        <translation>历史记录拒绝了此更改。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Search runs by name, tag, model or endpoint</source>
        <translation>按名称、标签、模型或端点搜索运行</translation>
    </message>
    <message>
        <source>Double-click to open; select two to compare; F2 renames or edits tags</source>
        <translation>双击打开；选择两个进行比较；F2 重命名或编辑标签</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) and all their requests from the history?</source>
        <translation>
            <numerusform>从历史记录中删除 %n 次运行及其所有请求？</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Tokenmeter reports (*.json)</source>
        <translation>Tokenmeter 报告 (*.json)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>导出运行</translation>
    </message>
    <message>
        <source>The two runs share no model and region to compare.</source>
        <translation>两次运行没有可比较的共同模型和区域。</translation>
    </message>
    <message>
        <source>Imported %1 as run %2.</source>
        <translation>已将 %1 导入为运行 %2。</translation>
    </message>
    <message>
        <source>Select one run to export.</source>
        <translation>请选择一次运行进行导出。</translation>
    </message>
    <message>
        <source>Select two runs to compare, or one run measured from two regions.</source>
        <translation>请选择两次运行进行比较，或选择一次从两个区域测量的运行。</translation>
    </message>
    <message>
        <source>Select two runs to compare, or one run with two regions or two models.</source>
        <translation>请选择两次运行进行比较，或选择一次包含两个区域或两个模型的运行。</translation>
    </message>
    <message>
        <source>Compare within a run</source>
        <translation>在一次运行内比较</translation>
    </message>
    <message>
        <source>Two regions</source>
        <translation>两个区域</translation>
    </message>
    <message>
        <source>Two models</source>
        <translation>两个模型</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>比较：</translation>
    </message>
    <message>
        <source>Pick two different ones, each with requests.</source>
        <translation>请选择两个不同的项，且各自都有请求。</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>history database: %1</source>
        <translation>历史数据库：%1</translation>
    </message>
    <message>
        <source>history database: Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite)</source>
        <translation>历史数据库：缺少 Qt 的 SQLite 驱动（Debian 软件包 libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>cannot open the history database %1: %2</source>
        <translation>无法打开历史数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a history database: %2</source>
        <translation>%1 不是历史数据库：%2</translation>
    </message>
    <message>
        <source>the history database %1 was written by a newer Tokenmeter</source>
        <translation>历史数据库 %1 由更新版本的 Tokenmeter 写入</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>no run %1 in the history</source>
        <translation>历史记录中没有运行 %1</translation>
    </message>
    <message>
        <source>history run %1</source>
        <translation>历史运行 %1</translation>
    </message>
    <message>
        <source>%1 is not a Tokenmeter history (another program&apos;s database is never written to); choose another file with --history or TOKENMETER_HISTORY</source>
        <translation>%1 不是 Tokenmeter 历史记录（绝不会写入其他程序的数据库）；请用 --history 或 TOKENMETER_HISTORY 选择其他文件</translation>
    </message>
    <message>
        <source>the history %1 is read-only: its runs can be read, not changed</source>
        <translation>历史记录 %1 为只读：其中的运行只能读取，不能更改</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>HonestSpeedup</name>
    <message>
        <source>Measuring the highest honest speed-up of the simulated provider on this machine: trying %1×…</source>
        <translation>正在测量模拟服务商在本机上的最高可信加速倍数：正在尝试 %1×…</translation>
    </message>
    <message>
        <source>Speed-up measured: %1× is the highest at which the simulated figures stay honest here.</source>
        <translation>加速倍数已测得：%1× 是本机上模拟数据仍保持可信的最高倍数。</translation>
    </message>
    <message>
        <source>Measuring the speed-up failed: %1</source>
        <translation>测量加速倍数失败：%1</translation>
    </message>
    <message>
        <source>Measuring the speed-up was stopped for this run; it is measured again at the next launch.</source>
        <translation>为进行本次运行，加速倍数的测量已停止；下次启动时将重新测量。</translation>
    </message>
    <message>
        <source>This run lagged at %1× (see the notes); the automatic speed-up is now %2×.</source>
        <translation>本次运行在 %1× 下出现滞后（见说明）；自动加速倍数现为 %2×。</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the connection closed in the middle of the response&apos;s headers</source>
        <translation>连接在响应头中途关闭</translation>
    </message>
    <message>
        <source>the connection closed before any response came</source>
        <translation>连接在收到任何响应之前关闭</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response&apos;s chunked body (after %1 bytes)</source>
        <translation>连接在响应的分块正文中途关闭（已收到 %1 字节）</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response&apos;s body (%1 of %2 bytes)</source>
        <translation>连接在响应正文中途关闭（%1 / %2 字节）</translation>
    </message>
    <message>
        <source>the response&apos;s headers are longer than 64 KiB</source>
        <translation>响应头超过 64 KiB</translation>
    </message>
    <message>
        <source>the response does not start with an HTTP/1.x status line (%1)</source>
        <translation>响应不是以 HTTP/1.x 状态行开头（%1）</translation>
    </message>
    <message>
        <source>the response&apos;s status %1 is not an HTTP status</source>
        <translation>响应状态 %1 不是 HTTP 状态码</translation>
    </message>
    <message>
        <source>switching protocols is not supported</source>
        <translation>不支持切换协议</translation>
    </message>
    <message>
        <source>the response continues a header on a new line (obsolete line folding), which is not accepted</source>
        <translation>响应在新行上续写头字段（已废弃的折行），不予接受</translation>
    </message>
    <message>
        <source>the response has a malformed header line (%1)</source>
        <translation>响应含有格式错误的头字段行（%1）</translation>
    </message>
    <message>
        <source>the response has more than %1 headers</source>
        <translation>响应的头字段超过 %1 个</translation>
    </message>
    <message>
        <source>the response&apos;s transfer coding %1 is not supported (only chunked is)</source>
        <translation>不支持响应的传输编码 %1（仅支持 chunked）</translation>
    </message>
    <message>
        <source>the response&apos;s Content-Length %1 is not a valid length (digits only, at most 2^50)</source>
        <translation>响应的 Content-Length %1 不是有效长度（只能是数字，最大 2^50）</translation>
    </message>
    <message>
        <source>the response has conflicting Content-Length values</source>
        <translation>响应含有相互矛盾的 Content-Length 值</translation>
    </message>
    <message>
        <source>a chunk-size line of the response is longer than %1 bytes</source>
        <translation>响应的分块大小行超过 %1 字节</translation>
    </message>
    <message>
        <source>the response&apos;s trailers are longer than 64 KiB</source>
        <translation>响应的尾部字段超过 64 KiB</translation>
    </message>
    <message>
        <source>the response&apos;s chunk size %1 is too large</source>
        <translation>响应的分块大小 %1 过大</translation>
    </message>
    <message>
        <source>the response has a malformed chunk-size line (%1)</source>
        <translation>响应含有格式错误的分块大小行（%1）</translation>
    </message>
    <message>
        <source>a chunk of the response does not end where its size says (no line end after its data)</source>
        <translation>响应的某个分块没有在其大小所示的位置结束（数据后没有行结束符）</translation>
    </message>
</context>
<context>
    <name>InputLengthChart</name>
    <message>
        <source>TTFT against input tokens (ms): prefill rate estimated from the slope</source>
        <translation>TTFT 随输入 token 变化 (ms)：由斜率估算预填充速率</translation>
    </message>
    <message>
        <source>Points: TTFT p50 (first token) at each input length of the sweep; lines: the least-squares fit through every request, whose slope is the time each input token adds</source>
        <translation>点：扫描中每个输入长度的 TTFT p50（首个 token）；线：对所有请求的最小二乘拟合，其斜率即每个输入 token 增加的时间</translation>
    </message>
    <message>
        <source>input tokens (the server&apos;s count)</source>
        <translation>输入 token（服务器计数）</translation>
    </message>
    <message>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50 (ms)</translation>
    </message>
    <message>
        <source>%1: %2 input tokens, TTFT p50 %3 ms</source>
        <translation>%1：%2 个输入 token，TTFT p50 %3 ms</translation>
    </message>
    <message>
        <source>Choose the &quot;Input-length sweep&quot; workload (or tokenmeter-cli run --input-sweep 100,1000,4000) to measure TTFT against input length.</source>
        <translation>选择“输入长度扫描”工作负载（或 tokenmeter-cli run --input-sweep 100,1000,4000）以测量 TTFT 随输入长度的变化。</translation>
    </message>
    <message>
        <source>%1 lanes fitted: hover a line for its prefill rate (an estimate, with its 95% interval).</source>
        <translation>已拟合 %1 个通道：将鼠标悬停在线上查看其预填充速率（估算值，含 95% 区间）。</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2：不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1:1: expected a JSON object at the top level</source>
        <translation>%1:1：顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>missing, and it is required</source>
        <translation>缺失，但此项为必填项</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 超出范围（%2 到 %3）</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
</context>
<context>
    <name>JsonReport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Leaderboard</name>
    <message>
        <source>SIMULATED: measured against Tokenmeter&apos;s simulated provider, not a real API.</source>
        <translation>模拟：针对 Tokenmeter 的模拟服务商测得，并非真实 API。</translation>
    </message>
    <message>
        <source>Time scale %1x: the simulated provider ran %1 times faster than real time; times and rates are shown in its simulated time (measured x%1), measurement error included.</source>
        <translation>时间倍率 %1x：模拟服务商以实际时间 %1 倍的速度运行；时间和速率均以其模拟时间显示（实测值 x%1），包含测量误差。</translation>
    </message>
    <message>
        <source>~ marks token counts estimated from event counts (the server sent no usage).</source>
        <translation>~ 表示 token 数是根据事件数估算的（服务器未返回 usage）。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Err</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>pub</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>tok/s p50</source>
        <translation>tok/s p50</translation>
    </message>
    <message>
        <source>E2E p50</source>
        <translation>E2E p50</translation>
    </message>
    <message>
        <source>ITL p99</source>
        <translation>ITL p99</translation>
    </message>
    <message>
        <source>$/M out</source>
        <translation>$/百万输出</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>measured against Tokenmeter&apos;s simulated provider, not a real API.</source>
        <translation>针对 Tokenmeter 的模拟服务商测得，并非真实 API。</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50 (ms)</translation>
    </message>
    <message>
        <source>TTFT p90</source>
        <translation>TTFT p90</translation>
    </message>
    <message>
        <source>TTFT p99</source>
        <translation>TTFT p99</translation>
    </message>
    <message>
        <source>Tokens/s p50</source>
        <translation>Tokens/s p50</translation>
    </message>
    <message>
        <source>E2E p50 (ms)</source>
        <translation>E2E p50 (ms)</translation>
    </message>
    <message>
        <source>$/M output</source>
        <translation>$/百万输出</translation>
    </message>
    <message>
        <source>first token of any kind</source>
        <translation>任意类型的首个 token</translation>
    </message>
    <message>
        <source>first answer text</source>
        <translation>首个回答文本</translation>
    </message>
    <message>
        <source>&quot;pub&quot; figures are the published study&apos;s reference (first token), not measurements.</source>
        <translation>“公开”数据是已发布研究的参考值（首个 token），并非测量结果。</translation>
    </message>
    <message>
        <source>&quot;pub&quot; figures are the published study&apos;s reference, not measurements; its TTFT is to the first token, so none is shown beside this TTFT.</source>
        <translation>“公开”数据是已发布研究的参考值，并非测量结果；其 TTFT 以首个 token 为准，因此不在此 TTFT 旁显示。</translation>
    </message>
    <message>
        <source>TTFT is the time to the %1; &quot;1st token&quot; says what that token was (answer, reasoning or tool call).</source>
        <translation>TTFT 是到%1的时间；“首 token”说明该 token 是什么（回答、推理或工具调用）。</translation>
    </message>
    <message>
        <source>chars/s is answer text in characters per second after its first event: unlike tokens/s, it does not depend on the model&apos;s tokenizer. &quot;Out tok&quot; is each request&apos;s output tokens, p50.</source>
        <translation>字符/秒是回答文本在其第一个事件之后每秒的字符数：与 token/s 不同，它不依赖模型的分词器。“输出 token”是每个请求的输出 token 数，p50。</translation>
    </message>
    <message>
        <source>1st token</source>
        <translation>首 token</translation>
    </message>
    <message>
        <source>chars/s</source>
        <translation>字符/秒</translation>
    </message>
    <message>
        <source>Out tok</source>
        <translation>输出 token</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>首 token</translation>
    </message>
    <message>
        <source>Chars/s p50</source>
        <translation>字符/秒 p50</translation>
    </message>
    <message>
        <source>Output tokens p50</source>
        <translation>输出 token p50</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <source>Estimated: the server sent no usage, so tokens were counted as events</source>
        <translation>估算值：服务器未返回 usage，因此按事件计数 token</translation>
    </message>
    <message>
        <source>No price in the catalog for this model</source>
        <translation>目录中没有此模型的价格</translation>
    </message>
    <message>
        <source>Output tokens of every request sent, warm-ups included, at the catalog price</source>
        <translation>所有已发送请求（含预热）的输出 token，按目录价格计算</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>$/M out</source>
        <comment>USD per million output tokens</comment>
        <translation>$/百万输出</translation>
    </message>
    <message>
        <source>n</source>
        <comment>number of successful measured requests</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>TTFT p90</source>
        <translation>TTFT p90</translation>
    </message>
    <message>
        <source>TTFT p99</source>
        <translation>TTFT p99</translation>
    </message>
    <message>
        <source>tok/s p50</source>
        <translation>tok/s p50</translation>
    </message>
    <message>
        <source>E2E p50</source>
        <comment>end-to-end time</comment>
        <translation>E2E p50</translation>
    </message>
    <message>
        <source>ITL p99</source>
        <comment>inter-token latency</comment>
        <translation>ITL p99</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>price tier</comment>
        <translation>档位</translation>
    </message>
    <message>
        <source>Band</source>
        <comment>TTFT band</comment>
        <translation>区间</translation>
    </message>
    <message>
        <source>Time to the first visible answer text, in ms</source>
        <translation>到首个可见回答文本的时间，单位 ms</translation>
    </message>
    <message>
        <source>Time to the first token of any kind (reasoning included), in ms</source>
        <translation>到首个任意类型 token（含推理）的时间，单位 ms</translation>
    </message>
    <message>
        <source>Output tokens per second after the first token (median of requests)</source>
        <translation>首 token 之后每秒输出的 token 数（各请求的中位数）</translation>
    </message>
    <message>
        <source>99th percentile of the gaps between token events, in ms</source>
        <translation>token 事件间隔的第 99 百分位，单位 ms</translation>
    </message>
    <message>
        <source>Successful measured requests (warm-ups excluded)</source>
        <translation>成功的测量请求数（不含预热）</translation>
    </message>
    <message>
        <source>Answer text: %1 characters/s (p50)</source>
        <translation>回答文本：%1 字符/秒（p50）</translation>
    </message>
    <message>
        <source>Reasoning: %1 characters/s</source>
        <translation>推理：%1 字符/秒</translation>
    </message>
    <message>
        <source>Tool call arguments: %1 characters/s</source>
        <translation>工具调用参数：%1 字符/秒</translation>
    </message>
    <message>
        <source>Output tokens per request: p50 %1, from %2 to %3</source>
        <translation>每个请求的输出 token：p50 %1，从 %2 到 %3</translation>
    </message>
    <message>
        <source>1st token</source>
        <comment>what the first token was: answer, reasoning or tool call</comment>
        <translation>首 token</translation>
    </message>
    <message>
        <source>chars/s p50</source>
        <comment>answer text, characters per second</comment>
        <translation>字符/秒 p50</translation>
    </message>
    <message>
        <source>Out tok</source>
        <comment>output tokens per request, p50</comment>
        <translation>输出 token</translation>
    </message>
    <message>
        <source>What the first token was: answer text, reasoning or a tool call</source>
        <translation>首个 token 是什么：回答文本、推理或工具调用</translation>
    </message>
    <message>
        <source>Answer text in characters per second after its first event (median of requests): unlike tokens/s, independent of the model&apos;s tokenizer</source>
        <translation>回答文本在其第一个事件之后每秒的字符数（请求的中位数）：与 token/s 不同，不依赖模型的分词器</translation>
    </message>
    <message>
        <source>Output tokens per request (median); lanes whose lengths differ by more than 20% are named in the notes</source>
        <translation>每个请求的输出 token（中位数）；长度相差超过 20% 的通道会在说明中列出</translation>
    </message>
</context>
<context>
    <name>Load</name>
    <message>
        <source>&quot;%1&quot; is not an SLO: write e.g. ttft_p90=500ms, itl_p99=50ms or e2e_p99=10s</source>
        <translation>“%1”不是 SLO：请写成例如 ttft_p90=500ms、itl_p99=50ms 或 e2e_p99=10s</translation>
    </message>
    <message>
        <source>no SLO given: write e.g. ttft_p90=500ms</source>
        <translation>未给出 SLO：请写成例如 ttft_p90=500ms</translation>
    </message>
    <message>
        <source>an open-loop run needs a rate above 0 and at most %1 requests/s</source>
        <translation>开环运行需要大于 0 且不超过 %1 请求/秒的速率</translation>
    </message>
    <message>
        <source>burstiness must be between 0.01 and 100</source>
        <translation>突发度必须在 0.01 到 100 之间</translation>
    </message>
    <message>
        <source>durations must be between 0 and %1 s</source>
        <translation>时长必须在 0 到 %1 秒之间</translation>
    </message>
    <message>
        <source>a sweep needs a duration for each step</source>
        <translation>阶梯测试需要为每一阶设定时长</translation>
    </message>
    <message>
        <source>a sweep needs between 1 and %1 steps</source>
        <translation>阶梯测试需要 1 到 %1 阶</translation>
    </message>
    <message>
        <source>%1 is not a step of this sweep</source>
        <translation>%1 不是此阶梯测试的一阶</translation>
    </message>
    <message>
        <source>a search needs a rate range and at least one SLO</source>
        <translation>搜索需要一个速率范围和至少一个 SLO</translation>
    </message>
    <message>
        <source>closed loop</source>
        <translation>闭环</translation>
    </message>
    <message>
        <source>open loop, evenly spaced</source>
        <translation>开环，均匀间隔</translation>
    </message>
    <message>
        <source>open loop, Poisson arrivals (burstiness %1)</source>
        <translation>开环，泊松到达（突发度 %1）</translation>
    </message>
    <message>
        <source>search for the highest rate between %1 and %2 req/s that meets %3, at most %4 steps</source>
        <translation>在 %1 到 %2 请求/秒之间搜索满足 %3 的最高速率，最多 %4 阶</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 阶</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 req/s to each model and region</source>
        <translation>每个模型和区域 %1 请求/秒</translation>
    </message>
    <message>
        <source>%1 s measured after %2 s of warm-up each</source>
        <translation>每阶预热 %2 秒后测量 %1 秒</translation>
    </message>
    <message>
        <source>%1 s measured</source>
        <translation>测量 %1 秒</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of steps: write e.g. 1,2,4,8 or 1:20:2</source>
        <translation>“%1”不是阶梯列表：请写成例如 1,2,4,8 或 1:20:2</translation>
    </message>
    <message>
        <source>a concurrency sweep runs a closed loop, a rate sweep an open one</source>
        <translation>并发阶梯测试使用闭环，速率阶梯测试使用开环</translation>
    </message>
    <message>
        <source>the ramp-up must end within the warm-up, or the step would measure a lower rate</source>
        <translation>爬升必须在预热内结束，否则该阶测得的是较低的速率</translation>
    </message>
    <message>
        <source>a search takes between 2 and %1 steps</source>
        <translation>搜索需要 2 到 %1 阶</translation>
    </message>
</context>
<context>
    <name>LoadChart</name>
    <message>
        <source>Load: throughput and latency</source>
        <translation>负载：吞吐量与延迟</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>随时间</translation>
    </message>
    <message>
        <source>Latency against throughput</source>
        <translation>延迟对吞吐量</translation>
    </message>
    <message>
        <source>Goodput against load</source>
        <translation>有效吞吐对负载</translation>
    </message>
    <message>
        <source>finished, req/s (right)</source>
        <translation>完成数，请求/秒（右轴）</translation>
    </message>
    <message>
        <source>TTFT p50, ms</source>
        <translation>TTFT p50，毫秒</translation>
    </message>
    <message>
        <source>TTFT p99, ms</source>
        <translation>TTFT p99，毫秒</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>拐点</translation>
    </message>
    <message>
        <source>Choose a load test under Load: in the run panel (an open loop at a rate, or a sweep of concurrency or rate) to see throughput and latency over time and where latency breaks.</source>
        <translation>在运行面板的“负载：”中选择一种负载测试（按速率开环，或并发/速率阶梯），即可查看吞吐量和延迟随时间的变化以及延迟崩溃之处。</translation>
    </message>
    <message>
        <source>run time, s</source>
        <translation>运行时间，秒</translation>
    </message>
    <message>
        <source>TTFT (ms), first token, by when sent</source>
        <translation>TTFT（毫秒），首个 token，按发送时间</translation>
    </message>
    <message>
        <source>requests finished per second</source>
        <translation>每秒完成的请求</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3.</source>
        <translation>第 %1 阶，共 %2 阶：%3。</translation>
    </message>
    <message>
        <source>offered load, requests/s</source>
        <translation>施加负载，请求/秒</translation>
    </message>
    <message>
        <source>concurrency</source>
        <translation>并发</translation>
    </message>
    <message>
        <source>throughput, requests/s finished</source>
        <translation>吞吐量，完成的请求/秒</translation>
    </message>
    <message>
        <source>goodput, requests/s that met every SLO</source>
        <translation>有效吞吐，满足全部 SLO 的请求/秒</translation>
    </message>
    <message>
        <source>TTFT p90 (ms)</source>
        <translation>TTFT p90（毫秒）</translation>
    </message>
    <message>
        <source>Goodput needs SLOs: set them under Load: in the run panel.</source>
        <translation>有效吞吐需要 SLO：请在运行面板的“负载：”中设置。</translation>
    </message>
    <message numerus="yes">
        <source>%n finished step(s); one point per step, the knee ringed.</source>
        <translation>
            <numerusform>已完成 %n 阶；每阶一个点，拐点已圈出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadJson</name>
    <message>
        <source>expected a whole number of nanoseconds</source>
        <translation>应为纳秒整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an arrival mode</source>
        <translation>“%1”不是到达方式</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of sweep</source>
        <translation>“%1”不是阶梯测试类型</translation>
    </message>
    <message>
        <source>expected a concurrency or a rate</source>
        <translation>应为并发数或速率</translation>
    </message>
    <message>
        <source>expected a step (at most %1)</source>
        <translation>应为一阶（最多 %1 阶）</translation>
    </message>
    <message>
        <source>the measured window ends before it starts</source>
        <translation>测量窗口在开始之前就结束了</translation>
    </message>
</context>
<context>
    <name>LoadOptions</name>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 必须是 %2 到 %3 之间的数，而不是“%4”</translation>
    </message>
    <message>
        <source>--arrival must be closed, constant or poisson, not &quot;%1&quot;</source>
        <translation>--arrival 必须是 closed、constant 或 poisson，而不是“%1”</translation>
    </message>
    <message>
        <source>a sweep takes either --concurrency LIST or --rate LIST (e.g. 1,2,4,8 or 1:20:2)</source>
        <translation>阶梯测试只接受 --concurrency 列表或 --rate 列表之一（例如 1,2,4,8 或 1:20:2）</translation>
    </message>
    <message>
        <source>Sweep these concurrencies (closed loop), e.g. 1,2,4,8,16,32 or 1:64:8.</source>
        <translation>依次测试这些并发数（闭环），例如 1,2,4,8,16,32 或 1:64:8。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Sweep these rates, requests/s per model and region (open loop), e.g. 1:20:2 or 1,5,10.</source>
        <translation>依次测试这些速率，每个模型和区域的请求/秒（开环），例如 1:20:2 或 1,5,10。</translation>
    </message>
    <message>
        <source>Find the highest rate that meets every --slo by bisection between the lowest and highest --rate.</source>
        <translation>在最低与最高 --rate 之间用二分法找出满足全部 --slo 的最高速率。</translation>
    </message>
    <message>
        <source>At most N steps in a search (default 8).</source>
        <translation>搜索最多 N 阶（默认 8）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Send R requests/s to each model and region on a schedule (open loop), whether or not earlier ones have finished; --arrival says how they are spaced.</source>
        <translation>按计划向每个模型和区域每秒发送 R 个请求（开环），不论之前的请求是否完成；--arrival 指定间隔方式。</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>closed (N in flight), constant (even gaps) or poisson (random gaps; the default with --rate).</source>
        <translation>closed（N 个同时进行）、constant（均匀间隔）或 poisson（随机间隔；使用 --rate 时的默认值）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Poisson gaps drawn from a gamma distribution of this shape: 1 is Poisson, below 1 burstier, above 1 steadier (default 1).</source>
        <translation>泊松间隔取自此形状参数的伽马分布：1 为泊松，小于 1 更突发，大于 1 更平稳（默认 1）。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Seconds each step is measured (default 30).</source>
        <translation>每阶测量的秒数（默认 30）。</translation>
    </message>
    <message>
        <source>Run for S seconds instead of a number of iterations.</source>
        <translation>运行 S 秒，而不是固定迭代次数。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Seconds of load before each timed step is measured (default %1).</source>
        <translation>每个定时阶段测量前施加负载的秒数（默认 %1）。</translation>
    </message>
    <message>
        <source>Open loop: seconds over which the rate climbs to its full value.</source>
        <translation>开环：速率升至满值所用的秒数。</translation>
    </message>
    <message>
        <source>Service-level objectives, e.g. ttft_p90=500ms,itl_p99=50ms,e2e_p99=10s: each step says whether it met them, and goodput counts the requests that met every one.</source>
        <translation>服务等级目标，例如 ttft_p90=500ms,itl_p99=50ms,e2e_p99=10s：每阶都会说明是否满足，有效吞吐统计满足全部目标的请求。</translation>
    </message>
    <message>
        <source>--arrival %1 needs --rate</source>
        <translation>--arrival %1 需要 --rate</translation>
    </message>
    <message>
        <source>--rate needs an open loop: --arrival constant or poisson</source>
        <translation>--rate 需要开环：--arrival constant 或 poisson</translation>
    </message>
</context>
<context>
    <name>LoadSettings</name>
    <message>
        <source>Iterations (one after another, or N in flight)</source>
        <translation>迭代（逐个，或 N 个同时进行）</translation>
    </message>
    <message>
        <source>Open loop at a rate</source>
        <translation>按速率开环</translation>
    </message>
    <message>
        <source>Sweep concurrency</source>
        <translation>并发阶梯</translation>
    </message>
    <message>
        <source>Sweep rate</source>
        <translation>速率阶梯</translation>
    </message>
    <message>
        <source>Search the highest rate meeting the SLOs</source>
        <translation>搜索满足 SLO 的最高速率</translation>
    </message>
    <message>
        <source>Iterations measure how fast one request is. The others are load tests: requests sent on a schedule whether or not earlier ones finished (open loop), or steps of load, each warmed up and measured for its duration, to find where latency breaks (the knee).</source>
        <translation>迭代测量单个请求有多快。其他是负载测试：按计划发送请求而不论之前的是否完成（开环），或分阶梯施加负载，每阶先预热再按时长测量，以找出延迟崩溃之处（拐点）。</translation>
    </message>
    <message>
        <source>Poisson</source>
        <translation>泊松</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>How an open loop spaces its requests: random (Poisson) gaps, or even ones</source>
        <translation>开环如何安排请求间隔：随机（泊松）间隔或均匀间隔</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> 请求/秒</translation>
    </message>
    <message>
        <source>Requests per second to each model and region</source>
        <translation>每个模型和区域每秒的请求数</translation>
    </message>
    <message>
        <source>The steps: a list (1,2,4,8) or from:to:step (1:20:2); a search tries rates between the lowest and the highest</source>
        <translation>阶梯：列表（1,2,4,8）或 起:止:步长（1:20:2）；搜索会尝试最低与最高之间的速率</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long each step is measured (in the simulated provider&apos;s time when sped up)</source>
        <translation>每阶测量多长时间（加速时按模拟服务商的时间）</translation>
    </message>
    <message>
        <source>Load before each step is measured, not counted</source>
        <translation>每阶测量前施加的负载，不计入</translation>
    </message>
    <message>
        <source>SLOs, e.g. ttft_p90=500ms, itl_p99=50ms</source>
        <translation>SLO，例如 ttft_p90=500ms, itl_p99=50ms</translation>
    </message>
    <message>
        <source>Service-level objectives: each step says whether it met them; goodput counts the requests that met every one; the knee is the first step to break them</source>
        <translation>服务等级目标：每阶都会说明是否满足；有效吞吐统计满足全部目标的请求；拐点是第一个违反目标的阶</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>阶</translation>
    </message>
    <message>
        <source>after warm-up</source>
        <translation>预热后</translation>
    </message>
    <message>
        <source>concurrencies, e.g. 1,2,4,8,16,32,64</source>
        <translation>并发数，例如 1,2,4,8,16,32,64</translation>
    </message>
    <message>
        <source>rates, e.g. 1:20:2 (req/s)</source>
        <translation>速率，例如 1:20:2（请求/秒）</translation>
    </message>
</context>
<context>
    <name>LoadStepsView</name>
    <message>
        <source>A load test&apos;s steps show here: choose one under Load: in the run panel.</source>
        <translation>负载测试的各阶显示在这里：请在运行面板的“负载：”中选择一种。</translation>
    </message>
    <message>
        <source>The first step is running: its figures come when it ends.</source>
        <translation>第一阶正在运行：结束后显示其数据。</translation>
    </message>
</context>
<context>
    <name>LoadSvg</name>
    <message>
        <source>offered load, requests/s</source>
        <translation>施加负载，请求/秒</translation>
    </message>
    <message>
        <source>concurrency</source>
        <translation>并发</translation>
    </message>
    <message>
        <source>throughput, requests/s served</source>
        <translation>吞吐量，已服务的请求/秒</translation>
    </message>
    <message>
        <source>goodput, requests/s that met every SLO</source>
        <translation>有效吞吐，满足全部 SLO 的请求/秒</translation>
    </message>
    <message>
        <source>TTFT p90 in ms (ringed: the knee)</source>
        <translation>TTFT p90（毫秒，圈出的是拐点）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tokenmeter</source>
        <translation>Tokenmeter</translation>
    </message>
    <message>
        <source>Simulated provider: every figure on this screen is simulated, not a measurement of a real API.</source>
        <translation>模拟服务商：此界面上的所有数据均为模拟，并非对真实 API 的测量。</translation>
    </message>
    <message>
        <source>Pick models and press Start (F5).</source>
        <translation>请选择模型，然后按“开始运行”(F5)。</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Cannot start the run: %1</source>
        <translation>无法开始运行：%1</translation>
    </message>
    <message>
        <source>Measuring the simulated provider: %1 models, %2 regions, %3 requests.</source>
        <translation>正在测量模拟服务商：%1 个模型，%2 个区域，%3 个请求。</translation>
    </message>
    <message>
        <source>Measuring %1: %2 models, %3 requests.</source>
        <translation>正在测量 %1：%2 个模型，%3 个请求。</translation>
    </message>
    <message>
        <source>Stopping: cancelling the requests in flight…</source>
        <translation>正在停止：正在取消进行中的请求…</translation>
    </message>
    <message>
        <source>Run stopped: %1 requests finished.</source>
        <translation>运行已停止：已完成 %1 个请求。</translation>
    </message>
    <message>
        <source>Run finished: %1 requests.</source>
        <translation>运行完成：共 %1 个请求。</translation>
    </message>
    <message numerus="yes">
        <source>%n failed: see the Requests tab.</source>
        <translation>
            <numerusform>%n 个失败：请查看“请求”标签页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1: %2</source>
        <translation>无法将截图保存到 %1：%2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Stop the run first: a past run cannot be shown while one streams.</source>
        <translation>请先停止运行：流式运行进行中时无法显示以前的运行。</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1: %n request(s)%2.</source>
        <translation>
            <numerusform>正在显示 %1：%n 个请求%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the key unencrypted?</source>
        <translation>以未加密方式发送密钥？</translation>
    </message>
    <message>
        <source>%1 is reached over plain http: the API key would cross the network unencrypted. Send it anyway?</source>
        <translation>%1 通过明文 http 访问：API 密钥将以未加密方式在网络上传输。仍然发送吗？</translation>
    </message>
    <message>
        <source>Waiting for your answer: send the key over plain http?</source>
        <translation>等待您的回答：是否通过明文 http 发送密钥？</translation>
    </message>
    <message>
        <source>Fetching models failed: %1</source>
        <translation>获取模型失败：%1</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>正在向 %1 查询其模型…</translation>
    </message>
    <message>
        <source>the saved catalog</source>
        <translation>已保存的目录</translation>
    </message>
    <message>
        <source>Your saved catalog changes could not be read and are not applied: %1</source>
        <translation>无法读取您保存的目录更改，因此未应用：%1</translation>
    </message>
    <message numerus="yes">
        <source>Catalog saved: %n model(s).</source>
        <translation>
            <numerusform>目录已保存：%n 个模型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n endpoint(s) and their regions; keys stay in the keychain or this session.</source>
        <translation>
            <numerusform>已保存 %n 个端点及其区域；密钥仍保留在钥匙串或本次会话中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading keys from the keychain…</source>
        <translation>正在从钥匙串读取密钥…</translation>
    </message>
    <message>
        <source>Your saved catalog changes could not be read and are not applied (kept as %1): %2</source>
        <translation>无法读取您保存的目录更改，因此未应用（已保存为 %1）：%2</translation>
    </message>
    <message>
        <source>This run is not kept in the history: %1</source>
        <translation>此次运行不会保存到历史记录中：%1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>The run shown was measured against the simulated provider: every figure on this screen is simulated. The next run goes to a real endpoint.</source>
        <translation>所显示的运行是针对模拟服务商测得的：此界面上的所有数据均为模拟。下一次运行将发往真实端点。</translation>
    </message>
    <message>
        <source>, stopped before it finished</source>
        <translation>，在完成前已停止</translation>
    </message>
    <message>
        <source>No run to export yet: run one, or open one from the history.</source>
        <translation>还没有可导出的运行：请开始一次运行，或从历史记录中打开一次。</translation>
    </message>
    <message>
        <source>The speed-up is measured when no run is going.</source>
        <translation>加速倍数将在没有运行进行时测量。</translation>
    </message>
    <message>
        <source>The language changes when this run ends.</source>
        <translation>语言将在本次运行结束后切换。</translation>
    </message>
    <message>
        <source>Double-click the chart again to restore the others.</source>
        <translation>再次双击该图表即可恢复其他图表。</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>尚未测量</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>无法开始：%1</translation>
    </message>
    <message>
        <source>Load test of %1: %2 models, %3 regions; %4</source>
        <translation>%1 的负载测试：%2 个模型，%3 个区域；%4</translation>
    </message>
    <message>
        <source>the simulated provider</source>
        <translation>模拟服务商</translation>
    </message>
</context>
<context>
    <name>MeasurementLag</name>
    <message>
        <source>Measurement lag: p50 %1 ms, p99 %2 ms (the client and the simulated provider, at real time).</source>
        <translation>测量延迟：p50 %1 ms，p99 %2 ms（客户端和模拟服务商，按实际时间）。</translation>
    </message>
    <message>
        <source>Measurement lag at %1x: p50 %2 ms, p99 %3 ms in the run&apos;s time; what the speed-up adds stays within 2% of the fastest TTFT.</source>
        <translation>%1x 下的测量延迟：按运行时间计 p50 %2 ms，p99 %3 ms；加速带来的额外延迟不超过最快 TTFT 的 2%。</translation>
    </message>
    <message>
        <source>Distorted by the speed-up: at %1x the measurement lag is p50 %2 ms, p99 %3 ms in the run&apos;s time, so a TTFT can read up to %4 ms high (limit: 2% of the fastest TTFT, %5 ms). Run at a lower speed-up for exact figures.</source>
        <translation>受加速影响而失真：在 %1x 下，按运行时间计测量延迟为 p50 %2 ms，p99 %3 ms，因此 TTFT 读数最多可能偏高 %4 ms（上限：最快 TTFT 的 2%，即 %5 ms）。如需精确数据，请以较低的加速倍数运行。</translation>
    </message>
</context>
<context>
    <name>ModelFetcher</name>
    <message>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
</context>
<context>
    <name>ModelLister</name>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>%2 返回 HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 listed no models at %2</source>
        <translation>%1 在 %2 未列出任何模型</translation>
    </message>
    <message>
        <source>the model list from %1 is larger than %2 MiB</source>
        <translation>来自 %1 的模型列表超过 %2 MiB</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>搜索模型 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>所有服务商</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有档位</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>不选模型</translation>
    </message>
    <message>
        <source>Whole tier: %1</source>
        <translation>整个档位：%1</translation>
    </message>
    <message>
        <source>Clear tier: %1</source>
        <translation>取消档位：%1</translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation>添加模型…</translation>
    </message>
    <message>
        <source>Add a model of your own to the catalog</source>
        <translation>向目录添加自定义模型</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) picked</source>
        <translation>
            <numerusform>已选 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch models…</source>
        <translation>获取模型…</translation>
    </message>
    <message>
        <source>List the models the endpoint in the run settings serves, and add some</source>
        <translation>列出运行设置中端点提供的模型，并添加其中一些</translation>
    </message>
    <message>
        <source>Models the endpoint serves</source>
        <translation>端点提供的模型</translation>
    </message>
    <message>
        <source>Already in the catalog</source>
        <translation>已在目录中</translation>
    </message>
    <message>
        <source>Add checked</source>
        <translation>添加已勾选项</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) listed; check those to add (no price until you give one).</source>
        <translation>
            <numerusform>列出了 %n 个模型；勾选要添加的模型（在您填写价格之前没有价格）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsCommand</name>
    <message>
        <source>Lists the models an endpoint serves (GET {base}/models), one id a line: a saved endpoint (--endpoint), one given by --base-url, or the simulated provider.</source>
        <translation>列出端点提供的模型（GET {base}/models），每行一个 ID：可以是已保存的端点（--endpoint）、通过 --base-url 指定的端点，或模拟服务商。</translation>
    </message>
</context>
<context>
    <name>PlainSockets</name>
    <message>
        <source>the remote host closed the connection</source>
        <translation>远端主机关闭了连接</translation>
    </message>
    <message>
        <source>this machine could not watch the connection: %1</source>
        <translation>本机无法监视该连接：%1</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>expected a header name</source>
        <translation>应为请求头名称</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected a model id</source>
        <translation>应为模型 ID</translation>
    </message>
    <message>
        <source>expected &quot;engine&quot; or &quot;qt&quot;</source>
        <translation>应为 &quot;engine&quot; 或 &quot;qt&quot;</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>%1 has no usable base URL (&quot;%2&quot;); set one under Endpoints….</source>
        <translation>%1 没有可用的基础 URL（“%2”）；请在“端点…”中设置。</translation>
    </message>
    <message>
        <source>The CA file %1 of %2 holds no PEM certificate, or cannot be read.</source>
        <translation>%2 的 CA 文件 %1 不含 PEM 证书，或无法读取。</translation>
    </message>
    <message>
        <source>The proxy of %1 must look like http://host:port or socks5://host:port, not &quot;%2&quot;.</source>
        <translation>%1 的代理必须形如 http://host:port 或 socks5://host:port，而不是“%2”。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The simulated provider has no model &quot;%1&quot;; it serves: %2.</source>
        <translation>模拟服务商没有模型“%1”；它提供：%2。</translation>
    </message>
    <message>
        <source>The simulated provider has no region &quot;%1&quot;; it has: %2.</source>
        <translation>模拟服务商没有区域“%1”；它有：%2。</translation>
    </message>
    <message>
        <source>Simulated provider</source>
        <translation>模拟服务商</translation>
    </message>
    <message>
        <source>Choose an endpoint (or set one up under Endpoints…).</source>
        <translation>请选择一个端点（或在“端点…”中设置）。</translation>
    </message>
    <message>
        <source>There is no saved endpoint &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存端点。</translation>
    </message>
    <message>
        <source>%1 is served by the endpoint &quot;%2&quot;, which is not among the saved endpoints: add it, or clear the model&apos;s endpoint in the catalog.</source>
        <translation>%1 由端点“%2”提供，但该端点不在已保存的端点中：请添加该端点，或在目录中清除该模型的端点。</translation>
    </message>
    <message>
        <source>There is no saved region &quot;%1&quot;; the saved ones are: %2.</source>
        <translation>没有名为“%1”的已保存区域；已保存的区域有：%2。</translation>
    </message>
    <message>
        <source>Choose at least one region.</source>
        <translation>请至少选择一个区域。</translation>
    </message>
</context>
<context>
    <name>PrefillSvg</name>
    <message>
        <source>input tokens (the server&apos;s count); TTFT p50 in ms</source>
        <translation>输入 token（服务器计数）；TTFT p50，单位 ms</translation>
    </message>
    <message>
        <source>~%1 input tokens/s (95%: %2–%3)</source>
        <translation>约 %1 输入 token/s（95%：%2–%3）</translation>
    </message>
    <message>
        <source>no prefill rate</source>
        <translation>无预填充速率</translation>
    </message>
</context>
<context>
    <name>PriceChart</name>
    <message>
        <source>Price against speed</source>
        <translation>价格与速度</translation>
    </message>
    <message>
        <source>tokens/s p50</source>
        <translation>tokens/s p50</translation>
    </message>
    <message>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50 (ms)</translation>
    </message>
    <message>
        <source>$ per million output tokens (log)</source>
        <translation>$/百万输出 token（对数）</translation>
    </message>
    <message>
        <source>● %1, ■ %2; labels on the first region&apos;s points</source>
        <translation>● %1，■ %2；标签位于第一个区域的点上</translation>
    </message>
    <message>
        <source>TTFT p50 to the %1 (ms)</source>
        <translation>到%1的 TTFT p50 (ms)</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>about %1 s left</source>
        <translation>剩余约 %1 秒</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>正在估算剩余时间</translation>
    </message>
    <message>
        <source>%1/%2 requests, %3 errors, %4 streaming, %5 s, %6</source>
        <translation>%1/%2 个请求，%3 个错误，%4 个流式传输中，%5 秒，%6</translation>
    </message>
    <message>
        <source>step %1/%2 (%3): </source>
        <translation>第 %1/%2 阶（%3）：</translation>
    </message>
</context>
<context>
    <name>PromptFile</name>
    <message>
        <source>cannot read the prompt file %1: %2</source>
        <translation>无法读取提示词文件 %1：%2</translation>
    </message>
    <message>
        <source>the prompt file %1 is larger than %2 MB</source>
        <translation>提示词文件 %1 大于 %2 MB</translation>
    </message>
    <message>
        <source>the prompt file %1 is not UTF-8 text</source>
        <translation>提示词文件 %1 不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the prompt file %1 is empty</source>
        <translation>提示词文件 %1 为空</translation>
    </message>
</context>
<context>
    <name>RecommendationModel</name>
    <message>
        <source>%1 (p90 &lt; %2 ms)</source>
        <translation>%1（p90 &lt; %2 ms）</translation>
    </message>
    <message>
        <source>%1 (any TTFT)</source>
        <translation>%1（任意 TTFT）</translation>
    </message>
    <message>
        <source>none measured meets it</source>
        <translation>没有已测模型满足</translation>
    </message>
    <message>
        <source>%1 · %2/M · p90 %3 ms</source>
        <translation>%1 · %2/M · p90 %3 ms</translation>
    </message>
    <message>
        <source>The cheapest model whose measured TTFT p90 from this region is inside the band</source>
        <translation>从该区域测得的 TTFT p90 落在此区间内的最便宜模型</translation>
    </message>
    <message>
        <source>TTFT budget</source>
        <translation>TTFT 预算</translation>
    </message>
    <message>
        <source>Cheapest from %1</source>
        <translation>%1 最便宜</translation>
    </message>
</context>
<context>
    <name>RegionChart</name>
    <message>
        <source>Regions side by side (TTFT p50, ms, log scale)</source>
        <translation>区域对比（TTFT p50，毫秒，对数刻度）</translation>
    </message>
    <message>
        <source>Bars: TTFT p50 from each region; ■ the difference between them in ms (right axis)</source>
        <translation>柱：各区域的 TTFT p50；■ 两者之差，单位毫秒（右轴）</translation>
    </message>
    <message>
        <source>Δ ms, second − first region</source>
        <translation>Δ 毫秒，第二个 − 第一个区域</translation>
    </message>
    <message>
        <source>Regions side by side: TTFT p50 to the %1 (ms, log scale)</source>
        <translation>区域对比：到%1的 TTFT p50（毫秒，对数刻度）</translation>
    </message>
    <message>
        <source>%1 · %2: TTFT p50 %3 ms</source>
        <translation>%1 · %2：TTFT p50 %3 ms</translation>
    </message>
</context>
<context>
    <name>RegionEditor</name>
    <message>
        <source>&amp;Directly from this machine</source>
        <translation>直接从本机发出(&amp;D)</translation>
    </message>
    <message>
        <source>Through a &amp;proxy</source>
        <translation>通过代理(&amp;P)</translation>
    </message>
    <message>
        <source>To a region-specific &amp;base URL</source>
        <translation>发往区域专用的基础 URL(&amp;B)</translation>
    </message>
    <message>
        <source>socks5://host:1080 or http://host:3128</source>
        <translation>socks5://host:1080 或 http://host:3128</translation>
    </message>
    <message>
        <source>when the proxy asks for one</source>
        <translation>代理要求时填写</translation>
    </message>
    <message>
        <source>type to save a password for this proxy</source>
        <translation>输入以保存此代理的密码</translation>
    </message>
    <message>
        <source>e.g. https://eu.api.example.com/v1</source>
        <translation>例如 https://eu.api.example.com/v1</translation>
    </message>
    <message>
        <source>The endpoint whose base URL this one replaces for requests from this region.</source>
        <translation>对于从此区域发出的请求，此处的 URL 将替换该端点的基础 URL。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Requests leave:</source>
        <translation>请求发出方式：</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>代理 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Proxy u&amp;ser:</source>
        <translation>代理用户名(&amp;S)：</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>代理密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;For endpoint:</source>
        <translation>适用端点(&amp;F)：</translation>
    </message>
    <message>
        <source>Base U&amp;RL:</source>
        <translation>基础 URL(&amp;R)：</translation>
    </message>
    <message>
        <source>Any endpoint</source>
        <translation>任意端点</translation>
    </message>
    <message>
        <source>%1 (no longer saved)</source>
        <translation>%1（已不再保存）</translation>
    </message>
    <message>
        <source>Give the region a name.</source>
        <translation>请为区域命名。</translation>
    </message>
    <message>
        <source>Enter the proxy as http://host:port or socks5://host:port.</source>
        <translation>请以 http://host:port 或 socks5://host:port 的形式输入代理。</translation>
    </message>
    <message>
        <source>“%1” is not a proxy URL: write http://host:port or socks5://host:port.</source>
        <translation>“%1”不是代理 URL：请写成 http://host:port 或 socks5://host:port。</translation>
    </message>
    <message>
        <source>Leave the user and password out of the proxy URL: they have fields of their own.</source>
        <translation>请勿在代理 URL 中包含用户名和密码：它们有单独的字段。</translation>
    </message>
    <message>
        <source>Press “Save in keychain” to keep the password you typed, or clear the field.</source>
        <translation>请按“保存到钥匙串”以保留您输入的密码，或清空该字段。</translation>
    </message>
    <message>
        <source>The region-specific base URL must be an http:// or https:// address.</source>
        <translation>区域专用的基础 URL 必须是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>The endpoint “%1” is no longer saved: pick another.</source>
        <translation>端点“%1”已不再保存：请另选一个。</translation>
    </message>
</context>
<context>
    <name>RegionModel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>TTFT p50 · %1</source>
        <translation>TTFT p50 · %1</translation>
    </message>
    <message>
        <source>Δ ms · %1</source>
        <translation>Δ ms · %1</translation>
    </message>
    <message>
        <source>Δ % · %1</source>
        <translation>Δ % · %1</translation>
    </message>
    <message>
        <source>Published Δ ms · %1</source>
        <translation>公开 Δ ms · %1</translation>
    </message>
    <message>
        <source>tok/s p50 · %1</source>
        <translation>tok/s p50 · %1</translation>
    </message>
    <message>
        <source>Difference from %1 (negative: faster from %2)</source>
        <translation>与 %1 的差值（负值：从 %2 更快）</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Reads a saved report and writes it again: the leaderboard as a table, CSV or Markdown, or the JSON report.</source>
        <translation>读取已保存的报告并重新输出：将排行榜输出为表格、CSV 或 Markdown，或输出 JSON 报告。</translation>
    </message>
    <message>
        <source>A report saved by Tokenmeter (--out FILE.json).</source>
        <translation>由 Tokenmeter 保存的报告（--out FILE.json）。</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Write here instead of stdout (atomically).</source>
        <translation>写入此文件而不是 stdout（原子写入）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>name one report file</source>
        <translation>请指定一个报告文件</translation>
    </message>
    <message>
        <source>--format pdf needs --out FILE.pdf</source>
        <translation>--format pdf 需要 --out FILE.pdf</translation>
    </message>
    <message>
        <source>list, show or export</source>
        <translation>list、show 或 export</translation>
    </message>
    <message>
        <source>The history database (default: $TOKENMETER_HISTORY, else the user&apos;s).</source>
        <translation>历史数据库（默认：$TOKENMETER_HISTORY，否则为用户的历史数据库）。</translation>
    </message>
    <message>
        <source>Only runs whose name, tags, models or endpoint contain this.</source>
        <translation>仅显示名称、标签、模型或端点包含此文本的运行。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>开始时间 (UTC)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>No runs in %1.</source>
        <translation>%1 中没有运行。</translation>
    </message>
    <message>
        <source>expected list, show ID or export ID</source>
        <translation>应为 list、show ID 或 export ID</translation>
    </message>
    <message>
        <source>no run %1 in %2</source>
        <translation>%2 中没有运行 %1</translation>
    </message>
    <message>
        <source>Run %1, %2: %3, %4 requests.</source>
        <translation>运行 %1，%2：%3，%4 个请求。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>n A/B</source>
        <translation>n A/B</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>变化 %</translation>
    </message>
    <message>
        <source>95% CI of change</source>
        <translation>变化的 95% 置信区间</translation>
    </message>
    <message>
        <source>Beyond noise</source>
        <translation>超出噪声</translation>
    </message>
    <message>
        <source>SIMULATED: at least one run measured Tokenmeter&apos;s simulated provider, not a real API.</source>
        <translation>模拟：至少有一次运行测量的是 Tokenmeter 的模拟服务商，并非真实 API。</translation>
    </message>
    <message>
        <source>Compares two runs (reports) per model and region: TTFT p50/p90/p99 and tokens/s, and whether each change is beyond run-to-run noise.
</source>
        <translation>按模型和区域比较两次运行（报告）：TTFT p50/p90/p99 和 tokens/s，以及每项变化是否超出运行间的噪声。
</translation>
    </message>
    <message>
        <source>The first report (A).</source>
        <translation>第一份报告（A）。</translation>
    </message>
    <message>
        <source>The second report (B); not with --regions or --models.</source>
        <translation>第二份报告（B）；不能与 --regions 或 --models 同时使用。</translation>
    </message>
    <message>
        <source>table (default), csv or md.</source>
        <translation>table（默认）、csv 或 md。</translation>
    </message>
    <message>
        <source>Compare two regions of one report, e.g. us-east,asia (A is the first).</source>
        <translation>比较同一份报告中的两个区域，例如 us-east,asia（A 为第一个）。</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>Compare two models of one report, e.g. glm-5,deepseek-v4-pro (A is the first).</source>
        <translation>比较同一份报告中的两个模型，例如 glm-5,deepseek-v4-pro（A 为第一个）。</translation>
    </message>
    <message>
        <source>name one report file with --regions or --models</source>
        <translation>使用 --regions 或 --models 时请指定一个报告文件</translation>
    </message>
    <message>
        <source>name two report files</source>
        <translation>请指定两个报告文件</translation>
    </message>
    <message>
        <source>expected two %1 of the report, A,B, each with requests</source>
        <translation>应为报告中的两个%1（A,B），且各自都有请求</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>the two runs share no model and region</source>
        <translation>两次运行没有共同的模型和区域</translation>
    </message>
    <message>
        <source>--format must be table, csv or md</source>
        <translation>--format 必须是 table、csv 或 md</translation>
    </message>
    <message>
        <source>TTFT is the time to the %1.</source>
        <translation>TTFT 指到%1的时间。</translation>
    </message>
    <message>
        <source>What TTFT means: token (the first token of any kind, as the published study measured; default) or text (the first answer text).</source>
        <translation>TTFT 的含义：token（任意类型的首个 token，与已发布研究的测量方式相同；默认）或 text（首个回答文本）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>--ttft must be token or text</source>
        <translation>--ttft 必须是 token 或 text</translation>
    </message>
    <message>
        <source>table, json, csv (one row per model and region), requests-csv (one row per request), md, html or pdf (pdf needs --out). Default: from --out&apos;s file type, else %1.</source>
        <translation>table、json、csv（每个模型和区域一行）、requests-csv（每个请求一行）、md、html 或 pdf（pdf 需要 --out）。默认：根据 --out 的文件类型确定，否则为 %1。</translation>
    </message>
    <message>
        <source>What TTFT means in the tables and charts: token (the first token of any kind, as the published study measured; default) or text (the first answer text).</source>
        <translation>表格和图表中 TTFT 的含义：token（任意类型的首个 token，与已发布研究的测量方式相同；默认）或 text（首个回答文本）。</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &quot;%2&quot;</source>
        <translation>--format 必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>--ttft must be token or text, not &quot;%1&quot;</source>
        <translation>--ttft 必须是 token 或 text，而不是“%1”</translation>
    </message>
    <message>
        <source>all failed</source>
        <translation>全部失败</translation>
    </message>
    <message>
        <source>The runs kept in the history:
  history list [--search TEXT]    every run, newest first
  history show ID                 a run&apos;s leaderboard
  history export ID [--format F] [--out FILE]   a run as a report (json), or any --format</source>
        <translation>历史记录中保存的运行：
  history list [--search TEXT]    所有运行，最新的在前
  history show ID                 某次运行的排行榜
  history export ID [--format F] [--out FILE]   将某次运行导出为报告（json）或任意 --format 格式</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>CAUTION: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Step %1: %2 against %3</source>
        <translation>第 %1 阶：%2 对 %3</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50 (ms)</translation>
    </message>
    <message>
        <source>TTFT p90</source>
        <translation>TTFT p90</translation>
    </message>
    <message>
        <source>TTFT p99</source>
        <translation>TTFT p99</translation>
    </message>
    <message>
        <source>Tokens/s p50</source>
        <translation>Tokens/s p50</translation>
    </message>
    <message>
        <source>$/M output</source>
        <translation>$/百万输出</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Which model for which job</source>
        <translation>哪个模型适合哪项任务</translation>
    </message>
    <message>
        <source>TTFT budget</source>
        <translation>TTFT 预算</translation>
    </message>
    <message>
        <source>The cheapest model whose measured TTFT p90 from the region is inside the band.</source>
        <translation>从该区域测得的 TTFT p90 落在此区间内的最便宜模型。</translation>
    </message>
    <message>
        <source>Cheapest from %1</source>
        <translation>%1 最便宜</translation>
    </message>
    <message>
        <source>%1 (p90 &lt; %2 ms)</source>
        <translation>%1（p90 &lt; %2 ms）</translation>
    </message>
    <message>
        <source>%1 (any)</source>
        <translation>%1（任意）</translation>
    </message>
    <message>
        <source>%1, $%2/M, p90 %3 ms</source>
        <translation>%1，$%2/M，p90 %3 ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Price tiers</source>
        <translation>价格档</translation>
    </message>
    <message>
        <source>TTFT p50 · %1</source>
        <translation>TTFT p50 · %1</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Difference (ms)</source>
        <translation>差值 (ms)</translation>
    </message>
    <message>
        <source>Difference (%)</source>
        <translation>差值 (%)</translation>
    </message>
    <message>
        <source>Published difference (ms)</source>
        <translation>公开差值 (ms)</translation>
    </message>
    <message>
        <source>TTFT p50 in ms from each region; the difference is the second minus the first.</source>
        <translation>从各区域测得的 TTFT p50（毫秒）；差值为第二个减去第一个。</translation>
    </message>
    <message>
        <source>Tokenmeter run, %1</source>
        <translation>Tokenmeter 运行，%1</translation>
    </message>
    <message>
        <source>Output speed, tokens/s (bar p50, line to p90)</source>
        <translation>输出速度，tokens/s（柱为 p50，线延伸至 p90）</translation>
    </message>
    <message>
        <source>Simulated: measured against Tokenmeter&apos;s simulated provider, not a real API.</source>
        <translation>模拟：针对 Tokenmeter 的模拟服务商测得，并非真实 API。</translation>
    </message>
    <message>
        <source>The run was stopped before it finished: these are the requests that did.</source>
        <translation>运行在完成前已停止：以下为已完成的请求。</translation>
    </message>
    <message>
        <source>Time to first token of any kind, ms (bar p50, line to p90)</source>
        <translation>到任意类型首个 token 的时间，ms（柱为 p50，线延伸至 p90）</translation>
    </message>
    <message>
        <source>Time to the first answer text, ms (bar p50, line to p90)</source>
        <translation>到首个回答文本的时间，ms（柱为 p50，线延伸至 p90）</translation>
    </message>
    <message>
        <source>TTFT against input tokens: prefill rate estimated from the slope</source>
        <translation>TTFT 随输入 token 变化：由斜率估算预填充速率</translation>
    </message>
    <message>
        <source>Workload: %1.</source>
        <translation>工作负载：%1。</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>首 token</translation>
    </message>
    <message>
        <source>Chars/s p50</source>
        <translation>字符/秒 p50</translation>
    </message>
    <message>
        <source>Output tokens p50 (min–max)</source>
        <translation>输出 token p50（最小–最大）</translation>
    </message>
    <message>
        <source>prompt &quot;%1&quot;</source>
        <translation>提示词 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>conversations of the dataset %1</source>
        <translation>数据集 %1 的对话</translation>
    </message>
    <message>
        <source>%1, %2 iterations per model and region (+%3 warm-up, excluded), max %4 tokens.</source>
        <translation>%1，每个模型和区域 %2 次迭代（另加 %3 次预热，不计入），最多 %4 个 token。</translation>
    </message>
    <message>
        <source>Endpoint %1; %2; %3 iterations per model and region.</source>
        <translation>端点 %1；%2；每个模型和区域 %3 次迭代。</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>阶梯测试</translation>
    </message>
    <message>
        <source>%1, max %2 tokens; %3</source>
        <translation>%1，最多 %2 个 token；%3</translation>
    </message>
    <message>
        <source>Latency against throughput, one point per step</source>
        <translation>延迟对吞吐量，每阶一个点</translation>
    </message>
    <message>
        <source>Goodput against the load offered</source>
        <translation>有效吞吐对施加负载</translation>
    </message>
    <message>
        <source>Endpoint %1; %2; %3</source>
        <translation>端点 %1；%2；%3</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML 页面 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV, one row per model and region (*.csv)</source>
        <translation>CSV，每个模型和区域一行 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, one row per request (*.csv)</source>
        <translation>CSV，每个请求一行 (*.csv)</translation>
    </message>
    <message>
        <source>Tokenmeter report, JSON (*.json)</source>
        <translation>Tokenmeter 报告，JSON (*.json)</translation>
    </message>
    <message>
        <source>Plain-text leaderboard (*.txt)</source>
        <translation>纯文本排行榜 (*.txt)</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>导出运行</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>longer than a request can last (35 minutes of wall time)</source>
        <translation>超过了单个请求可持续的最长时间（35 分钟实际时间）</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of config.models</source>
        <translation>“%1”不在 config.models 中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of config.regions</source>
        <translation>“%1”不在 config.regions 中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request status</source>
        <translation>“%1”不是有效的请求状态</translation>
    </message>
    <message>
        <source>expected a whole number of nanoseconds</source>
        <translation>应为整数纳秒数</translation>
    </message>
    <message>
        <source>missing, and token_source says usage</source>
        <translation>缺失，而 token_source 为 usage</translation>
    </message>
    <message>
        <source>expected usage, events or none</source>
        <translation>应为 usage、events 或 none</translation>
    </message>
    <message>
        <source>more events than any stream sends</source>
        <translation>事件数超过了任何流可能发送的数量</translation>
    </message>
    <message>
        <source>expected a number of ms, not less than the one before it</source>
        <translation>应为毫秒数，且不小于前一个值</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Tokenmeter report</source>
        <translation>%1：文件为空，不是 Tokenmeter 报告</translation>
    </message>
    <message>
        <source>%1: this is a %2 report; this Tokenmeter reads %3 (was it written by a newer version?)</source>
        <translation>%1：这是 %2 报告；此版本的 Tokenmeter 读取的是 %3（它是否由更新的版本写入？）</translation>
    </message>
    <message>
        <source>%1: not a Tokenmeter report (no &quot;schema&quot;: &quot;%2&quot;)</source>
        <translation>%1：不是 Tokenmeter 报告（缺少 &quot;schema&quot;: &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than a report can be (%3 MB)</source>
        <translation>%1 大小为 %2 MB，超过了报告的上限（%3 MB）</translation>
    </message>
    <message>
        <source>expected answer, reasoning or tool_call</source>
        <translation>应为 answer、reasoning 或 tool_call</translation>
    </message>
    <message>
        <source>earlier than first_ms</source>
        <translation>早于 first_ms</translation>
    </message>
    <message>
        <source>expected kernel, reading_thread or engine_thread</source>
        <translation>应为 kernel、reading_thread 或 engine_thread</translation>
    </message>
</context>
<context>
    <name>ReportSvg</name>
    <message>
        <source>line to p90</source>
        <translation>线延伸至 p90</translation>
    </message>
    <message>
        <source>published (study, not measured)</source>
        <translation>公开（研究数据，非实测）</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <source>ms since the request was sent</source>
        <translation>自请求发送起的 ms</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Iteration:</source>
        <translation>迭代：</translation>
    </message>
    <message>
        <source>warm-up %1 (not in the statistics)</source>
        <translation>预热 %1（不计入统计）</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Headers after:</source>
        <translation>响应头用时：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>TTFT (answer):</source>
        <translation>TTFT（回答）：</translation>
    </message>
    <message>
        <source>TTFT (any token):</source>
        <translation>TTFT（任意 token）：</translation>
    </message>
    <message>
        <source>End to end:</source>
        <translation>端到端：</translation>
    </message>
    <message>
        <source>the server&apos;s usage report</source>
        <translation>服务器的 usage 报告</translation>
    </message>
    <message>
        <source>estimated: one per event, no usage was sent</source>
        <translation>估算：每个事件计 1 个，未返回 usage</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Output tokens:</source>
        <translation>输出 token：</translation>
    </message>
    <message>
        <source>Tokens/s:</source>
        <translation>tokens/s：</translation>
    </message>
    <message>
        <source>Inter-token gaps:</source>
        <translation>token 间隔：</translation>
    </message>
    <message>
        <source>mean %1 ms, p50 %2 ms, p99 %3 ms, longest %4 ms</source>
        <translation>平均 %1 ms，p50 %2 ms，p99 %3 ms，最长 %4 ms</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>%1 with tokens, %2 in all, %3 comments, %4 bytes</source>
        <translation>%1 个含 token，共 %2 个，%3 条注释，%4 字节</translation>
    </message>
    <message>
        <source>Finish reason:</source>
        <translation>结束原因：</translation>
    </message>
    <message>
        <source>Sent at (CLOCK_MONOTONIC):</source>
        <translation>发送时间 (CLOCK_MONOTONIC)：</translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <source>Time scale:</source>
        <translation>时间倍率：</translation>
    </message>
    <message>
        <source>simulated time: wall time × %1</source>
        <translation>模拟时间：实际时间 × %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Answer text:</source>
        <translation>回答文本：</translation>
    </message>
    <message>
        <source>Reasoning text:</source>
        <translation>推理文本：</translation>
    </message>
    <message>
        <source>Tool call arguments:</source>
        <translation>工具调用参数：</translation>
    </message>
    <message>
        <source>%1 characters/s</source>
        <translation>%1 字符/秒</translation>
    </message>
    <message>
        <source>when the bytes reached this machine (the kernel&apos;s receive time)</source>
        <translation>数据到达本机的时间（内核接收时间）</translation>
    </message>
    <message>
        <source>when the reading thread read the bytes (its clock, before each read)</source>
        <translation>读取线程读取数据的时间（每次读取前读取其时钟）</translation>
    </message>
    <message>
        <source>when Qt&apos;s network stack handed the bytes to the engine thread</source>
        <translation>Qt 网络栈将数据交给引擎线程的时间</translation>
    </message>
    <message>
        <source>Arrival times:</source>
        <translation>到达时间：</translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <source>warm-up %1</source>
        <translation>预热 %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>TTFT ms</source>
        <translation>TTFT ms</translation>
    </message>
    <message>
        <source>Any ms</source>
        <comment>first token of any kind, reasoning included</comment>
        <translation>任意 ms</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Token source</source>
        <translation>Token 来源</translation>
    </message>
    <message>
        <source>E2E ms</source>
        <comment>end-to-end time</comment>
        <translation>E2E ms</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1, tried again</source>
        <translation>%1，已重试</translation>
    </message>
    <message>
        <source>1st token</source>
        <comment>what the first token was: answer, reasoning or tool call</comment>
        <translation>首 token</translation>
    </message>
    <message>
        <source>chars/s</source>
        <comment>answer text, characters per second</comment>
        <translation>字符/秒</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>in flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP 错误</translation>
    </message>
    <message>
        <source>error in the stream</source>
        <translation>流中出错</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>已截断</translation>
    </message>
    <message>
        <source>malformed event</source>
        <translation>事件格式错误</translation>
    </message>
    <message>
        <source>not an event stream</source>
        <translation>非事件流</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>first-token timeout</source>
        <translation>首 token 超时</translation>
    </message>
    <message>
        <source>idle timeout</source>
        <translation>空闲超时</translation>
    </message>
    <message>
        <source>total timeout</source>
        <translation>总超时</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>redirect refused</source>
        <translation>已拒绝重定向</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <source>decompression failed</source>
        <translation>解压失败</translation>
    </message>
    <message>
        <source>proxy error</source>
        <translation>代理错误</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>超出上限</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a request cut short when the user stopped the run: not a failure</comment>
        <translation>已停止</translation>
    </message>
    <message>
        <source>answer</source>
        <comment>the kind of a first token: visible answer text</comment>
        <translation>回答</translation>
    </message>
    <message>
        <source>reasoning</source>
        <comment>the kind of a first token: reasoning (thinking) text</comment>
        <translation>推理</translation>
    </message>
    <message>
        <source>tool call</source>
        <comment>the kind of a first token: a tool call&apos;s name or arguments</comment>
        <translation>工具调用</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Measuring the measurement lag at %1x…</source>
        <translation>正在测量 %1x 下的测量延迟…</translation>
    </message>
    <message>
        <source>Speed-up %1x: the highest that keeps the figures honest here.</source>
        <translation>加速倍数 %1x：本机上能保持数据可信的最高倍数。</translation>
    </message>
    <message>
        <source>Try &apos;tokenmeter-cli %1 --help&apos;.</source>
        <translation>请尝试 &apos;tokenmeter-cli %1 --help&apos;。</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>a run is already in progress</source>
        <translation>已有运行正在进行</translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0 (off) to 86400, not &quot;%2&quot;</source>
        <translation>--%1 必须是 0（关闭）到 86400 之间的秒数，而不是“%2”</translation>
    </message>
    <message>
        <source>--format must be table, json, csv or md, not &quot;%1&quot;</source>
        <translation>--format 必须是 table、json、csv 或 md，而不是“%1”</translation>
    </message>
    <message>
        <source>--rank-by must be ttft, tps or cost, not &quot;%1&quot;</source>
        <translation>--rank-by 必须是 ttft、tps 或 cost，而不是“%1”</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed 必须是整数</translation>
    </message>
    <message>
        <source>Streams chat completions from every chosen model and region and measures TTFT, tokens/s and latency. Without --endpoint or --base-url it runs against the embedded simulated provider.</source>
        <translation>从每个所选模型和区域流式获取聊天补全，并测量 TTFT、tokens/s 和延迟。未指定 --endpoint 或 --base-url 时，针对内置的模拟服务商运行。</translation>
    </message>
    <message>
        <source>Comma-separated model ids (default: every catalog model).</source>
        <translation>逗号分隔的模型 ID（默认：目录中的所有模型）。</translation>
    </message>
    <message>
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <source>Measured requests per model and region (default 10).</source>
        <translation>每个模型和区域的测量请求数（默认 10）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Warm-up requests per lane, excluded from statistics (default 1).</source>
        <translation>每个通道的预热请求数，不计入统计（默认 1）。</translation>
    </message>
    <message>
        <source>Model/region lanes running at once (default: all).</source>
        <translation>同时运行的模型/区域通道数（默认：全部）。</translation>
    </message>
    <message>
        <source>Requests in flight within each lane (default 1: one after another, as the study measured).</source>
        <translation>每个通道内的并发请求数（默认 1：逐个发送，与研究的测量方式相同）。</translation>
    </message>
    <message>
        <source>The prompt (default &quot;Explain recursion in 200 words&quot;).</source>
        <translation>提示词（默认 &quot;Explain recursion in 200 words&quot;）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>max_tokens of each request (default 150).</source>
        <translation>每个请求的 max_tokens（默认 150）。</translation>
    </message>
    <message>
        <source>Total time one request may take, in seconds (default 600).</source>
        <translation>单个请求允许的总时长，单位秒（默认 600）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Time to connect and send, in seconds (default 15).</source>
        <translation>连接并发送请求的时限，单位秒（默认 15）。</translation>
    </message>
    <message>
        <source>Time to the first token, in seconds (default 120).</source>
        <translation>等待首个 token 的时限，单位秒（默认 120）。</translation>
    </message>
    <message>
        <source>Longest silence within an answer, in seconds (default 60).</source>
        <translation>回答过程中允许的最长静默时间，单位秒（默认 60）。</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Seed of the simulated provider&apos;s jitter (default 1).</source>
        <translation>模拟服务商抖动的随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Make the simulated provider inject a fault, e.g. status=429.</source>
        <translation>让模拟服务商注入故障，例如 status=429。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Do not ask for stream_options.include_usage (for servers that refuse it).</source>
        <translation>不请求 stream_options.include_usage（适用于拒绝该选项的服务器）。</translation>
    </message>
    <message>
        <source>Keep each answer&apos;s text (and reasoning) in the JSON report.</source>
        <translation>在 JSON 报告中保留每个回答的文本（及推理过程）。</translation>
    </message>
    <message>
        <source>Keep the run in this history database (default: $TOKENMETER_HISTORY, else the user&apos;s).</source>
        <translation>将运行保存到此历史数据库（默认：$TOKENMETER_HISTORY，否则为用户的历史数据库）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Do not keep the run in the history.</source>
        <translation>不将运行保存到历史记录中。</translation>
    </message>
    <message>
        <source>Print on stderr what each request sends (the key and extra header values redacted), and a line as each request is stored in the history.</source>
        <translation>在 stderr 上打印每个请求发送的内容（密钥和额外请求头的值已隐去），并在每个请求存入历史记录时打印一行。</translation>
    </message>
    <message>
        <source>A catalog file adding or overriding models and prices.</source>
        <translation>用于添加或覆盖模型及价格的目录文件。</translation>
    </message>
    <message>
        <source>Print the plan (as the report&apos;s &quot;config&quot;) and run nothing; no key is read from the keychain.</source>
        <translation>打印运行计划（即报告中的“config”），不执行任何运行；不会从钥匙串读取密钥。</translation>
    </message>
    <message>
        <source>Also save the JSON report to FILE.</source>
        <translation>同时将 JSON 报告保存到 FILE。</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>What to print: table, json, csv or md (default table).</source>
        <translation>要打印的内容：table、json、csv 或 md（默认 table）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Rank the leaderboard by ttft, tps or cost (default ttft).</source>
        <translation>按 ttft、tps 或 cost 对排行榜排序（默认 ttft）。</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>METRIC</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--%1 applies to the simulated provider only</source>
        <translation>--%1 仅适用于模拟服务商</translation>
    </message>
    <message>
        <source>Try a request again up to N times after HTTP 429, 5xx or a dropped connection, waiting as Retry-After says (else 1, 2, 4 ... s); every try is kept in the report (default 0).</source>
        <translation>在 HTTP 429、5xx 或连接中断后最多重试请求 N 次，按 Retry-After 等待（否则为 1、2、4 … 秒）；每次尝试都保留在报告中（默认 0）。</translation>
    </message>
    <message>
        <source>--time-scale must be auto or a number above 0, at most 1000</source>
        <translation>--time-scale 必须是 auto，或大于 0 且不超过 1000 的数字</translation>
    </message>
    <message>
        <source>Run the simulated provider X times faster than real time (default 1); auto measures the highest speed-up that keeps the figures honest on this machine first.</source>
        <translation>让模拟服务商以实际时间 X 倍的速度运行（默认 1）；auto 会先测量本机上能保持数据可信的最高加速倍数。</translation>
    </message>
    <message>
        <source>--transport must be engine or qt, not &quot;%1&quot;</source>
        <translation>--transport 必须是 engine 或 qt，而不是“%1”</translation>
    </message>
    <message>
        <source>engine (default): Tokenmeter&apos;s own HTTP/1.1 client, which times each read on a thread that only reads; qt: Qt&apos;s QNetworkAccessManager (HTTP/2 where the server offers it). Lanes through a proxy always use qt.</source>
        <translation>engine（默认）：Tokenmeter 自己的 HTTP/1.1 客户端，在一个只负责读取的线程上为每次读取计时；qt：Qt 的 QNetworkAccessManager（服务器提供时使用 HTTP/2）。经代理的通道始终使用 qt。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>RunPlan</name>
    <message>
        <source>the proxy of region %1 must look like http://host:port or socks5://host:port, not &quot;%2&quot;</source>
        <translation>区域 %1 的代理必须形如 http://host:port 或 socks5://host:port，而不是“%2”</translation>
    </message>
    <message>
        <source>the base URL of %1 from region %2 is not an http(s) URL: %3</source>
        <translation>从区域 %2 访问 %1 时的基础 URL 不是 http(s) URL：%3</translation>
    </message>
    <message>
        <source>the protocol of endpoint %1 must be openai or anthropic, not %2</source>
        <translation>端点 %1 的协议必须是 openai 或 anthropic，而不是 %2</translation>
    </message>
    <message>
        <source>model %1 has no endpoint to go to</source>
        <translation>模型 %1 没有可用的端点</translation>
    </message>
    <message>
        <source>model %1 is served by endpoint %2, which the run does not have</source>
        <translation>模型 %1 由端点 %2 提供，但本次运行中没有该端点</translation>
    </message>
    <message>
        <source>iterations must be between 1 and 100000</source>
        <translation>迭代次数必须在 1 到 100000 之间</translation>
    </message>
    <message>
        <source>warm-up requests must be between 0 and 100</source>
        <translation>预热请求数必须在 0 到 100 之间</translation>
    </message>
    <message>
        <source>lanes must be 0 (all) or more</source>
        <translation>通道数必须为 0（全部）或更大</translation>
    </message>
    <message>
        <source>max tokens must be between 1 and 1000000</source>
        <translation>最大 token 数必须在 1 到 1000000 之间</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>提示词为空</translation>
    </message>
    <message>
        <source>the time scale must be above 0 and at most 1000</source>
        <translation>时间倍率必须大于 0 且不超过 1000</translation>
    </message>
    <message>
        <source>choose at least one model</source>
        <translation>请至少选择一个模型</translation>
    </message>
    <message>
        <source>choose at least one region</source>
        <translation>请至少选择一个区域</translation>
    </message>
    <message>
        <source>choose an endpoint</source>
        <translation>请选择一个端点</translation>
    </message>
    <message>
        <source>retries must be between 0 and 10</source>
        <translation>重试次数必须在 0 到 10 之间</translation>
    </message>
    <message>
        <source>concurrency must be between 1 and %1</source>
        <translation>并发数必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>%1 streams at once need more open files than this system allows (%2): at most %3 streams can run at once; run fewer lanes at once or lower the concurrency</source>
        <translation>同时运行 %1 个流所需的打开文件数超过了本系统的上限（%2）：最多只能同时运行 %3 个流；请减少同时运行的通道数或降低并发数</translation>
    </message>
    <message>
        <source>%1 speaks Anthropic&apos;s protocol, which has no min_tokens or ignore_eos: a fixed output length needs an OpenAI-compatible server that takes them (vLLM, llama.cpp)</source>
        <translation>%1 使用 Anthropic 协议，该协议没有 min_tokens 和 ignore_eos：固定输出长度需要支持它们的 OpenAI 兼容服务器（vLLM、llama.cpp）</translation>
    </message>
    <message>
        <source>the dataset %1 was not read</source>
        <translation>数据集 %1 尚未读取</translation>
    </message>
    <message>
        <source>a load test does not retry: a 429 or a failure is part of what it measures</source>
        <translation>负载测试不重试：429 或失败本身就是它要测量的内容</translation>
    </message>
    <message>
        <source>a step of the load test is too long at this time scale</source>
        <translation>在此加速倍数下，负载测试的一阶太长</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>%v of %m requests</source>
        <translation>%v / %m 个请求</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in flight</source>
        <translation>
            <numerusform>%n 个进行中</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>剩余约 %1 秒</translation>
    </message>
    <message numerus="yes">
        <source>all %n request(s) failed</source>
        <translation>
            <numerusform>全部 %n 个请求均失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <comment>requests stopped with the run, not failures</comment>
        <translation>
            <numerusform>%n 个已停止</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunSettingsPanel</name>
    <message>
        <source>Simulated provider (built in)</source>
        <translation>模拟服务商（内置）</translation>
    </message>
    <message>
        <source>Requests in flight per model and region: 1 measures as the study did, more is a load test</source>
        <translation>每个模型和区域的并发请求数：1 与研究的测量方式相同，更多则为负载测试</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>端点：</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Speed-up:</source>
        <translation>加速倍数：</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>并发数</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>Endpoints…</source>
        <translation>端点…</translation>
    </message>
    <message>
        <source>Add and edit endpoints: base URL, protocol, key, extra headers, CA file</source>
        <translation>添加和编辑端点：基础 URL、协议、密钥、额外请求头、CA 文件</translation>
    </message>
    <message>
        <source>type a key for this session only (not saved)</source>
        <translation>输入仅用于本次会话的密钥（不保存）</translation>
    </message>
    <message>
        <source>Regions…</source>
        <translation>区域…</translation>
    </message>
    <message>
        <source>Add and edit regions: direct, through a proxy, or a region-specific base URL</source>
        <translation>添加和编辑区域：直连、通过代理或使用区域专用的基础 URL</translation>
    </message>
    <message>
        <source>Through the proxy %1</source>
        <translation>通过代理 %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>发往 %1</translation>
    </message>
    <message>
        <source>Directly from this machine</source>
        <translation>直接从本机发出</translation>
    </message>
    <message>
        <source>Plays the study&apos;s 15 models on this machine; every figure is simulated.</source>
        <translation>在本机模拟研究中的 15 个模型；所有数据均为模拟。</translation>
    </message>
    <message>
        <source>Anthropic Messages</source>
        <translation>Anthropic Messages</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 兼容</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>key in the keychain</source>
        <translation>密钥在钥匙串中</translation>
    </message>
    <message>
        <source>The study&apos;s models, simulated here</source>
        <translation>研究中的模型，在本机模拟</translation>
    </message>
    <message>
        <source>$%1 is not set</source>
        <translation>$%1 未设置</translation>
    </message>
    <message>
        <source>Auto (%1× measured)</source>
        <translation>自动（已测得 %1×）</translation>
    </message>
    <message>
        <source>Auto (measuring…)</source>
        <translation>自动（测量中…）</translation>
    </message>
    <message>
        <source>The highest speed-up at which what it adds to the measurement lag moves no TTFT by more than 2%, measured on this machine; until measured, real time.</source>
        <translation>在本机上测得的最高加速倍数：在此倍数下，加速给测量延迟带来的增量不会使任何 TTFT 偏移超过 2%；测得之前按实际时间运行。</translation>
    </message>
    <message>
        <source>Runs the simulated provider faster; figures are shown in simulated time, and say so when the speed-up distorts them</source>
        <translation>加速运行模拟服务商；数据以模拟时间显示，若加速使数据失真则会注明</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Auto (1×: %1)</source>
        <translation>自动（1×：%1）</translation>
    </message>
    <message>
        <source>Warm cache</source>
        <translation>预热缓存</translation>
    </message>
    <message>
        <source>Fixed length</source>
        <translation>固定长度</translation>
    </message>
    <message>
        <source>as typed</source>
        <translation>按输入</translation>
    </message>
    <message>
        <source> tokens in</source>
        <translation> 输入 token</translation>
    </message>
    <message>
        <source>Input length of synthetic prompts, cut from public-domain prose and ending with the prompt; &quot;as typed&quot; sends the prompt alone. The server&apos;s count is recorded.</source>
        <translation>合成提示词的输入长度，截取自公有领域文本，并以提示词结尾；“按输入”只发送提示词。记录服务器的计数。</translation>
    </message>
    <message>
        <source>Every request repeats one prefix, so a provider&apos;s prompt cache can serve it. Off: each request starts with its own marker, and no cache is hit.</source>
        <translation>每个请求重复同一前缀，使服务商的提示词缓存可以命中。关闭：每个请求以自己的标记开头，不会命中缓存。</translation>
    </message>
    <message>
        <source>Ask for exactly Max tokens with min_tokens and ignore_eos (vLLM and llama.cpp servers; other servers may refuse the request).</source>
        <translation>用 min_tokens 和 ignore_eos 要求恰好“最大 token 数”（vLLM 和 llama.cpp 服务器；其他服务器可能拒绝请求）。</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>工作负载：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>工具调用</translation>
    </message>
    <message>
        <source>What each request asks: the study&apos;s prompt, or synthetic prompts of a chat turn, a RAG prompt or a long context (their input length beside), or an agent&apos;s tool call</source>
        <translation>每个请求问什么：研究的提示词，或一轮聊天、RAG 提示词、长上下文的合成提示词（旁边是其输入长度），或智能体的工具调用</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save what the fields ask (prompt or dataset, lengths, cache and tool options) as a workload of your own, offered in this list and to tokenmeter-cli --workload</source>
        <translation>将这些字段的设置（提示词或数据集、长度、缓存和工具选项）保存为自己的工作负载，在此列表中以及 tokenmeter-cli --workload 中提供</translation>
    </message>
    <message>
        <source>Delete this saved workload</source>
        <translation>删除此已保存的工作负载</translation>
    </message>
    <message>
        <source>Save workload</source>
        <translation>保存工作负载</translation>
    </message>
    <message>
        <source>Name of the workload:</source>
        <translation>工作负载名称：</translation>
    </message>
    <message>
        <source>Offer a tool (get_weather) and require a call to it, as an agent would: the answer is the call, its arguments stream as tokens, and the time to its first token is reported beside TTFT (a reasoning model thinks first).</source>
        <translation>提供一个工具（get_weather）并要求调用它，就像智能体那样：回答就是该调用，其参数以 token 流式传输，到其首个 token 的时间与 TTFT 一并报告（推理模型会先思考）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in workload: choose another name.</source>
        <translation>&quot;%1&quot; 是内置工作负载的名称：请换一个名称。</translation>
    </message>
    <message>
        <source>At most %1 workloads can be saved: delete one first.</source>
        <translation>最多可保存 %1 个工作负载：请先删除一个。</translation>
    </message>
    <message>
        <source>Prompt file</source>
        <translation>提示词文件</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>负载：</translation>
    </message>
</context>
<context>
    <name>SavedEndpoints</name>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>SecretBatch</name>
    <message>
        <source>the keychain holds nothing for %1: store it under Endpoints…</source>
        <translation>钥匙串中没有 %1 的内容：请在“端点…”中保存</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Save in keychain</source>
        <translation>保存到钥匙串</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Keeps it in memory until Tokenmeter quits; it is written nowhere.</source>
        <translation>保留在内存中，直到 Tokenmeter 退出；不会写入任何地方。</translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation>正在保存到钥匙串…</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>已保存到钥匙串。</translation>
    </message>
    <message>
        <source>Kept in memory until Tokenmeter quits; it is saved nowhere.</source>
        <translation>已保留在内存中，直到 Tokenmeter 退出；不会保存到任何地方。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain service (Secret Service or KWallet) is running, so keys can be kept for this session only.</source>
        <translation>没有正在运行的钥匙串服务（Secret Service 或 KWallet），因此密钥只能在本次会话中保留。</translation>
    </message>
    <message>
        <source>The keychain could not read %1: %2</source>
        <translation>钥匙串无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The keychain could not store %1: %2</source>
        <translation>钥匙串无法存储 %1：%2</translation>
    </message>
    <message>
        <source>The keychain could not remove %1: %2</source>
        <translation>钥匙串无法删除 %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>why keys are session-only (the keychain&apos;s own message)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>Runs Tokenmeter&apos;s simulated OpenAI-compatible provider until interrupted.</source>
        <translation>运行 Tokenmeter 的模拟 OpenAI 兼容服务商，直到被中断。</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>要监听的端口（0：任意空闲端口）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>要监听的地址。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Divide every delay by X (faster than real time).</source>
        <translation>将每个延迟除以 X（比实际时间更快）。</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Seed of the jitter.</source>
        <translation>抖动的随机种子。</translation>
    </message>
    <message>
        <source>Inject a fault into every answer, e.g. status=429 or stall=2000.</source>
        <translation>在每个回答中注入故障，例如 status=429 或 stall=2000。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>A catalog file to add to the built-in one.</source>
        <translation>要添加到内置目录中的目录文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>tokenmeter-cli sim: --port must be 0-65535, --time-scale above 0 (at most 1000), --seed a whole number, --host an IP address</source>
        <translation>tokenmeter-cli sim: --port 必须在 0-65535 之间，--time-scale 必须大于 0（不超过 1000），--seed 必须是整数，--host 必须是 IP 地址</translation>
    </message>
    <message>
        <source>tokenmeter-cli sim: %1</source>
        <translation>tokenmeter-cli sim: %1</translation>
    </message>
    <message>
        <source>Simulated provider (every figure it produces is simulated) listening on %1</source>
        <translation>模拟服务商（其产生的所有数据均为模拟）正在监听 %1</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>无区域</translation>
    </message>
    <message>
        <source>time scale %1x, seed %2, %3 models. Ctrl+C stops it.</source>
        <translation>时间倍率 %1x，种子 %2，%3 个模型。按 Ctrl+C 停止。</translation>
    </message>
</context>
<context>
    <name>SimServer</name>
    <message>
        <source>the simulated provider cannot listen on %1:%2: %3</source>
        <translation>模拟服务商无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;</source>
        <translation>未知区域“%1”</translation>
    </message>
    <message>
        <source>method not allowed</source>
        <translation>不允许的方法</translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation>没有此端点：%1</translation>
    </message>
    <message>
        <source>the body must be a JSON object with &quot;model&quot; and &quot;messages&quot;</source>
        <translation>请求体必须是包含“model”和“messages”的 JSON 对象</translation>
    </message>
    <message>
        <source>The model `%1` does not exist</source>
        <translation>模型 `%1` 不存在</translation>
    </message>
    <message>
        <source>simulated HTTP %1</source>
        <translation>模拟的 HTTP %1</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <source>simulated capacity: every decode slot is busy and the queue is full</source>
        <translation>模拟容量：所有解码槽位都在忙且队列已满</translation>
    </message>
</context>
<context>
    <name>SocketExchange</name>
    <message>
        <source>the header &quot;%1&quot; holds a line break or a character HTTP does not allow</source>
        <translation>请求头“%1”含有换行符或 HTTP 不允许的字符</translation>
    </message>
    <message>
        <source>the scheme &quot;%1&quot; is not HTTP</source>
        <translation>协议“%1”不是 HTTP</translation>
    </message>
    <message>
        <source>the answer came compressed (%1) though the request asked for none, and cannot be decompressed</source>
        <translation>请求未要求压缩，但回答以压缩形式（%1）到达，无法解压</translation>
    </message>
    <message>
        <source>a redirect to another origin</source>
        <translation>重定向到了另一个源</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>the engine&apos;s transport has shut down</source>
        <translation>引擎的传输层已关闭</translation>
    </message>
    <message>
        <source>the TLS connection broke in the middle of the answer: %1</source>
        <translation>TLS 连接在应答中途中断：%1</translation>
    </message>
</context>
<context>
    <name>SpeedupCalibrator</name>
    <message>
        <source>the simulated provider&apos;s write log was empty at %1x</source>
        <translation>在 %1x 下模拟服务商的写入日志为空</translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <source>met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>broken: %1</source>
        <translation>违反：%1</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 请求/秒</translation>
    </message>
    <message>
        <source>concurrency %1</source>
        <translation>并发 %1</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>不可靠</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>阶</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Conc.</source>
        <translation>并发</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Err</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>429</source>
        <translation>429</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>有效吞吐</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>p90 sched.</source>
        <translation>p90 按计划</translation>
    </message>
    <message>
        <source>ITL p50</source>
        <translation>ITL p50</translation>
    </message>
    <message>
        <source>E2E p99</source>
        <translation>E2E p99</translation>
    </message>
    <message>
        <source>Lag p99</source>
        <translation>滞后 p99</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>Simulated: every figure was measured against the simulated provider, whose capacity is set in the catalog.</source>
        <translation>模拟：所有数据都是针对模拟服务商测得的，其容量在目录中设定。</translation>
    </message>
    <message>
        <source>Run at %1x the simulated provider&apos;s speed: figures are in its time, and the client&apos;s lag counts %1 times.</source>
        <translation>以模拟服务商的 %1 倍速度运行：数据按其时间计，客户端滞后被放大 %1 倍。</translation>
    </message>
    <message>
        <source>Latencies in ms from each request&apos;s send; &quot;p90 sched.&quot; counts from when it was due (open loop), so the client&apos;s own lag is not hidden. Throughputs count what finished within a step&apos;s measured window.</source>
        <translation>延迟以毫秒计，从每个请求发送时起算；“p90 按计划”从其计划时间起算（开环），因此客户端自身的滞后不会被隐藏。吞吐量统计在各阶测量窗口内完成的请求。</translation>
    </message>
    <message>
        <source>SLOs: %1. Goodput: requests/s that met every one.</source>
        <translation>SLO：%1。有效吞吐：满足全部目标的请求/秒。</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，来自 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the highest rate found to meet the SLOs is %2 (%n step(s)).</source>
        <translation>
            <numerusform>%1：找到的满足 SLO 的最高速率为 %2（%n 阶）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no rate searched met the SLOs.</source>
        <translation>%1：搜索过的速率都未满足 SLO。</translation>
    </message>
    <message>
        <source>%1: no knee within these steps.</source>
        <translation>%1：这些阶梯内没有拐点。</translation>
    </message>
    <message>
        <source>%1: knee at %2, the first step to break the SLOs (%3).</source>
        <translation>%1：拐点在 %2，第一个违反 SLO 的阶（%3）。</translation>
    </message>
    <message>
        <source>Step %1 (%2 from %3) is unreliable: the client sent its requests late (lag p99 %4 ms), so it offered less load than planned.</source>
        <translation>第 %1 阶（%2，来自 %3）不可靠：客户端发送请求滞后（滞后 p99 %4 毫秒），因此施加的负载低于计划。</translation>
    </message>
    <message>
        <source>%1: knee at %2, where %3 of %4 requests failed.</source>
        <translation>%1：拐点在 %2，%4 个请求中有 %3 个失败。</translation>
    </message>
    <message>
        <source>%1: knee at %2, where TTFT p90 is %3 ms, more than twice the %4 ms of the lowest load.</source>
        <translation>%1：拐点在 %2，此处 TTFT p90 为 %3 毫秒，超过最低负载时 %4 毫秒的两倍。</translation>
    </message>
    <message>
        <source>| Step | Load | Model | Region | Sent | Err | 429 | req/s | tok/s | Goodput | TTFT p50 | TTFT p90 | ITL p99 | E2E p99 | Lag p99 | Client | SLO |</source>
        <translation>| 阶 | 负载 | 模型 | 区域 | 已发送 | 错误 | 429 | 请求/秒 | token/秒 | 有效吞吐 | TTFT p50 | TTFT p90 | ITL p99 | E2E p99 | 滞后 p99 | 客户端 | SLO |</translation>
    </message>
</context>
<context>
    <name>StrategyModel</name>
    <message>
        <source>No price for %1</source>
        <translation>%1 没有价格</translation>
    </message>
    <message>
        <source>Edit as &quot;60% DeepSeek V4 Flash + 30% Qwen3-8B + 10% MiniMax M2.5&quot;</source>
        <translation>按“60% DeepSeek V4 Flash + 30% Qwen3-8B + 10% MiniMax M2.5”的格式编辑</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Change in monthly cost against the first strategy</source>
        <translation>相对于第一个策略的月成本变化</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Routing mix</source>
        <translation>路由组合</translation>
    </message>
    <message>
        <source>$/M out</source>
        <comment>USD per million output tokens</comment>
        <translation>$/百万输出</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>vs first</source>
        <translation>较第一个</translation>
    </message>
</context>
<context>
    <name>StreamPreview</name>
    <message>
        <source>Stream preview</source>
        <translation>流式预览</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>实时跟随</translation>
    </message>
    <message>
        <source>Show the newest request in flight</source>
        <translation>显示最新的进行中请求</translation>
    </message>
    <message>
        <source>Reasoning (models that think first show it here)</source>
        <translation>推理过程（先思考的模型会在此显示）</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>回答文本</translation>
    </message>
    <message>
        <source>warm-up %1</source>
        <translation>预热 %1</translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation>迭代 %1</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>流式传输中</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n event(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamTarget</name>
    <message>
        <source>no API key was sent, and %1 wants one</source>
        <translation>未发送 API 密钥，而 %1 需要密钥</translation>
    </message>
    <message>
        <source>%1 refused the API key</source>
        <translation>%1 拒绝了该 API 密钥</translation>
    </message>
</context>
<context>
    <name>StreamingRequest</name>
    <message>
        <source>malformed event from %1 after %2 events (%3): %4</source>
        <translation>来自 %1 的事件格式错误，出现在 %2 个事件之后（%3）：%4</translation>
    </message>
    <message>
        <source>%1 reported an error inside the stream: %2</source>
        <translation>%1 在流中报告了错误：%2</translation>
    </message>
    <message>
        <source>%1 (HTTP %2): %3</source>
        <translation>%1（HTTP %2）：%3</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>%2 返回 HTTP %1：%3</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 返回了错误：%2</translation>
    </message>
    <message>
        <source>%1 answered without streaming (%2); the endpoint may not support &quot;stream&quot;: true</source>
        <translation>%1 未以流式方式回答（%2）；该端点可能不支持 &quot;stream&quot;: true</translation>
    </message>
    <message>
        <source>%1 did not answer with an event stream (Content-Type %2): %3</source>
        <translation>%1 未以事件流回答（Content-Type %2）：%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>; an unfinished event at the end was discarded</source>
        <translation>；末尾未完成的事件已被丢弃</translation>
    </message>
    <message>
        <source>the stream from %1 ended without [DONE] or a finish_reason after %2 events (%3)</source>
        <translation>来自 %1 的流在 %2 个事件后结束，但没有 [DONE] 或 finish_reason（%3）</translation>
    </message>
    <message>
        <source>%1 did not finish the answer within %2 s</source>
        <translation>%1 未在 %2 秒内完成回答</translation>
    </message>
    <message>
        <source>could not connect to %1 and send the request within %2 s</source>
        <translation>无法在 %2 秒内连接到 %1 并发送请求</translation>
    </message>
    <message>
        <source>no token from %1 within %2 s</source>
        <translation>%2 秒内未收到来自 %1 的 token</translation>
    </message>
    <message>
        <source>%1 went silent for %2 s in the middle of the answer</source>
        <translation>%1 在回答中途静默了 %2 秒</translation>
    </message>
    <message>
        <source>%1 sent a line or event longer than %2 MiB</source>
        <translation>%1 发送的单行或单个事件超过 %2 MiB</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB in one answer</source>
        <translation>%1 在一次回答中发送了超过 %2 MiB 的数据</translation>
    </message>
    <message>
        <source>%1 sent more than %2 token events in one answer</source>
        <translation>%1 在一次回答中发送了超过 %2 个 token 事件</translation>
    </message>
    <message>
        <source> (Retry-After: %1 s)</source>
        <translation>（Retry-After：%1 秒）</translation>
    </message>
    <message>
        <source>following a redirect from %1 (HTTP %2 to %3) failed: %4</source>
        <translation>跟随来自 %1 的重定向（HTTP %2 至 %3）失败：%4</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering: %2</source>
        <translation>%1 在回答之前关闭了连接：%2</translation>
    </message>
    <message>
        <source>stopped with the run</source>
        <translation>随运行一同停止</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Copy selection</source>
        <translation>复制所选内容</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>复制表格</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Token arrival</source>
        <translation>Token 到达</translation>
    </message>
    <message>
        <source>Cumulative output tokens per request; colour: model</source>
        <translation>每个请求的累计输出 token；颜色：模型</translation>
    </message>
    <message>
        <source>Run time (s)</source>
        <translation>运行时间 (s)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Run time (s, simulated time at %1× speed-up)</source>
        <translation>运行时间（s，%1× 加速下的模拟时间）</translation>
    </message>
    <message>
        <source>(%1 requests drawn: those in flight first, then the latest)</source>
        <translation>（绘制 %1 个请求：先绘制进行中的，再绘制最新完成的）</translation>
    </message>
</context>
<context>
    <name>TransportError</name>
    <message>
        <source>%1 redirected to %2: not followed, so the key and headers stay with %1</source>
        <translation>%1 重定向到 %2：未跟随该重定向，因此密钥和请求头只会发给 %1</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>其他主机</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times (a redirect loop?)</source>
        <translation>%1 重定向超过 %2 次（是否存在重定向循环？）</translation>
    </message>
    <message>
        <source>the host %1 was not found (DNS)</source>
        <translation>找不到主机 %1（DNS）</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the server running on that port?</source>
        <translation>%1 拒绝了连接：服务器是否在该端口上运行？</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2 (a server with a private certificate authority needs its CA certificate: --ca-file)</source>
        <translation>与 %1 的 TLS 连接失败：%2（使用私有证书颁发机构的服务器需要提供其 CA 证书：--ca-file）</translation>
    </message>
    <message>
        <source>the proxy to %1 failed: %2</source>
        <translation>经由代理连接 %1 失败：%2</translation>
    </message>
    <message>
        <source>the answer from %1 could not be decompressed: %2</source>
        <translation>无法解压来自 %1 的回答：%2</translation>
    </message>
    <message>
        <source>%1 broke the HTTP protocol: %2</source>
        <translation>%1 违反了 HTTP 协议：%2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Start run</source>
        <translation>开始运行(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Start a run with the picked models (F5)</source>
        <translation>使用所选模型开始运行 (F5)</translation>
    </message>
    <message>
        <source>Cancel the run; finished requests are kept (Shift+F5)</source>
        <translation>取消运行；已完成的请求会保留 (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Save &amp;screenshot…</source>
        <translation>保存截图(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find model</source>
        <translation>查找模型(&amp;F)</translation>
    </message>
    <message>
        <source>Which model for which job</source>
        <translation>哪个模型适合哪项任务</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Cost projector</source>
        <translation>成本预测</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation>目录(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tokenmeter</source>
        <translation>关于 Tokenmeter(&amp;A)</translation>
    </message>
    <message>
        <source>About Tokenmeter</source>
        <translation>关于 Tokenmeter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokenmeter %1&lt;/b&gt;&lt;p&gt;Measures how fast LLM APIs really stream: time to first token, tokens per second and their spread, against prices.&lt;/p&gt;&lt;p&gt;Published figures are the reference study&apos;s, never Tokenmeter&apos;s measurements; figures from the built-in provider are simulated.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tokenmeter %1&lt;/b&gt;&lt;p&gt;测量 LLM API 真实的流式输出速度：首 token 时间、每秒 token 数及其离散程度，并与价格对照。&lt;/p&gt;&lt;p&gt;公开数据来自参考研究，绝非 Tokenmeter 的测量结果；内置服务商的数据均为模拟。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Export run…</source>
        <translation>导出运行(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the run shown as PDF, HTML, Markdown, CSV or JSON</source>
        <translation>将所显示的运行保存为 PDF、HTML、Markdown、CSV 或 JSON</translation>
    </message>
    <message>
        <source>&amp;TTFT means</source>
        <translation>TTFT 含义(&amp;T)</translation>
    </message>
    <message>
        <source>First token of any kind (as published)</source>
        <translation>任意类型的首个 token（与公开数据一致）</translation>
    </message>
    <message>
        <source>First answer text</source>
        <translation>首个回答文本</translation>
    </message>
    <message>
        <source>Measure the honest &amp;speed-up again</source>
        <translation>重新测量可信加速倍数(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Side panel</source>
        <translation>侧边栏(&amp;S)</translation>
    </message>
    <message>
        <source>Shows or hides the models, run settings and stream preview; the charts take the room</source>
        <translation>显示或隐藏模型、运行设置和流式预览；图表将占用腾出的空间</translation>
    </message>
    <message>
        <source>Price tiers</source>
        <translation>价格档</translation>
    </message>
    <message>
        <source>Load steps</source>
        <translation>负载阶梯</translation>
    </message>
</context>
<context>
    <name>Workload</name>
    <message>
        <source>The study&apos;s prompt</source>
        <translation>研究的提示词</translation>
    </message>
    <message>
        <source>Short chat</source>
        <translation>简短对话</translation>
    </message>
    <message>
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>长上下文</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>synthetic prompts of ~%1 input tokens (±%2%)</source>
        <translation>约 %1 个输入 token 的合成提示词（±%2%）</translation>
    </message>
    <message>
        <source>synthetic prompts of ~%1 input tokens</source>
        <translation>约 %1 个输入 token 的合成提示词</translation>
    </message>
    <message>
        <source>the prompt of %1 (SHA-256 %2)</source>
        <translation>%1 中的提示词（SHA-256 %2）</translation>
    </message>
    <message>
        <source>the prompt as given</source>
        <translation>按原样的提示词</translation>
    </message>
    <message>
        <source>warm cache: every request repeats one prefix</source>
        <translation>预热缓存：每个请求重复同一前缀</translation>
    </message>
    <message>
        <source>unique prefixes: no two requests share a cacheable prefix</source>
        <translation>唯一前缀：任何两个请求都不共享可缓存的前缀</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1：%2；%3</translation>
    </message>
    <message>
        <source>; fixed output length (min_tokens, ignore_eos)</source>
        <translation>；固定输出长度（min_tokens、ignore_eos）</translation>
    </message>
    <message>
        <source>the input length must be from 0 (the prompt as given) to %1 tokens</source>
        <translation>输入长度必须在 0（按原样的提示词）到 %1 个 token之间</translation>
    </message>
    <message>
        <source>the input length&apos;s spread must be from 0% to 90%</source>
        <translation>输入长度的离散度必须在 0% 到 90% 之间</translation>
    </message>
    <message>
        <source>Input-length sweep</source>
        <translation>输入长度扫描</translation>
    </message>
    <message>
        <source>an input-length sweep over %1 tokens</source>
        <translation>对 %1 个 token 的输入长度扫描</translation>
    </message>
    <message>
        <source>an input-length sweep needs from 2 to %1 lengths</source>
        <translation>输入长度扫描需要 2 到 %1 个长度</translation>
    </message>
    <message>
        <source>every length of an input-length sweep must be from 1 to %1 tokens</source>
        <translation>输入长度扫描的每个长度必须在 1 到 %1 个 token 之间</translation>
    </message>
    <message>
        <source>Agent (tool call)</source>
        <translation>智能体（工具调用）</translation>
    </message>
    <message>
        <source>conversations of the dataset %1 (SHA-256 %2), drawn with seed %3</source>
        <translation>数据集 %1 的对话（SHA-256 %2），以种子 %3 抽取</translation>
    </message>
    <message>
        <source>; a call to the tool get_weather required</source>
        <translation>；要求调用工具 get_weather</translation>
    </message>
    <message>
        <source>a dataset&apos;s conversations are sent as they are: no synthetic input length, sweep or prompt file with it</source>
        <translation>数据集的对话按原样发送：不能同时使用合成输入长度、扫描或提示词文件</translation>
    </message>
    <message>
        <source>warm cache: a conversation drawn again repeats its prefix</source>
        <translation>预热缓存：再次抽到的对话会重复其前缀</translation>
    </message>
</context>
<context>
    <name>WorkloadJson</name>
    <message>
        <source>expected unique or warm</source>
        <translation>应为 unique 或 warm</translation>
    </message>
    <message>
        <source>expected a whole number of tokens from 1 to %1</source>
        <translation>应为 1 到 %1 之间的整数 token 数</translation>
    </message>
    <message>
        <source>expected a whole number, as a string</source>
        <translation>应为以字符串表示的整数</translation>
    </message>
</context>
<context>
    <name>WorkloadNotes</name>
    <message>
        <source>%1: all %2 requests were served cached input tokens; TTFT p50 %3 ms (no cold request to compare)</source>
        <translation>%1：全部 %2 个请求都命中了缓存的输入 token；TTFT p50 %3 ms（没有冷请求可比较）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 requests were served cached input tokens; TTFT p50 %4 ms cold, %5 ms cached</source>
        <translation>%1：%3 个请求中有 %2 个命中了缓存的输入 token；TTFT p50 冷 %4 ms，缓存 %5 ms</translation>
    </message>
    <message>
        <source>Workload: %1.</source>
        <translation>工作负载：%1。</translation>
    </message>
    <message>
        <source>%1: the prompts were cut to ~%2 input tokens, but the server counted %3 (p50 of usage.prompt_tokens): its tokenizer differs from the estimate</source>
        <translation>%1：提示词截取为约 %2 个输入 token，但服务器计为 %3（usage.prompt_tokens 的 p50）：其分词器与估算不同</translation>
    </message>
    <message>
        <source>%1: prefill ~%2 input tokens/s (95% interval %3–%4), estimated from TTFT against input tokens over %5 requests at %6 lengths</source>
        <translation>%1：预填充约 %2 输入 token/s（95% 区间 %3–%4），由 %6 个长度上 %5 个请求的 TTFT 随输入 token 变化估算</translation>
    </message>
    <message>
        <source>%1: no prefill rate: TTFT did not grow measurably with the input (%2 requests at %3 lengths)</source>
        <translation>%1：无预填充速率：TTFT 未随输入明显增长（%3 个长度上的 %2 个请求）</translation>
    </message>
    <message>
        <source>Costs count cached input tokens at the full input price; providers bill them for less.</source>
        <translation>成本按完整输入价格计算缓存的输入 token；服务商对其收费更低。</translation>
    </message>
    <message>
        <source>Output lengths differ by more than 20% between lanes (p50 %1 tokens for %2, %3 for %4): their tokens/s and end-to-end times do not compare directly; ask for a fixed length or compare text speed (chars/s).</source>
        <translation>各通道的输出长度相差超过 20%（%2 的 p50 为 %1 个 token，%4 为 %3 个）：它们的 token/s 和端到端时间不能直接比较；请要求固定长度或比较文本速度（字符/秒）。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 requests answered with a tool call, its first token after %4 ms (p50), its arguments at %5 characters/s</source>
        <translation>%1：%3 个请求中有 %2 个以工具调用回答，其首个 token 在 %4 ms 后（p50），其参数为 %5 字符/秒</translation>
    </message>
</context>
<context>
    <name>WorkloadOptions</name>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>Send synthetic prompts of about N input tokens (cut from public-domain prose), ending with the prompt as the instruction.</source>
        <translation>发送约 N 个输入 token 的合成提示词（截取自公有领域文本），以提示词作为结尾的指令。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Send the text of FILE as the prompt (reports keep its name and SHA-256, not its text).</source>
        <translation>将 FILE 的文本作为提示词发送（报告保留其名称和 SHA-256，不保留文本）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Let every request repeat one prefix, so a provider&apos;s prompt cache can serve it (default: each request starts with its own marker, so no cache is hit).</source>
        <translation>让每个请求重复同一前缀，使服务商的提示词缓存可以命中（默认：每个请求以自己的标记开头，不会命中缓存）。</translation>
    </message>
    <message>
        <source>Ask for exactly --max-tokens tokens with min_tokens and ignore_eos (vLLM, llama.cpp servers; others may refuse the request).</source>
        <translation>用 min_tokens 和 ignore_eos 要求恰好 --max-tokens 个 token（vLLM、llama.cpp 服务器；其他服务器可能拒绝请求）。</translation>
    </message>
    <message>
        <source>--workload must be one of %1, not &quot;%2&quot;</source>
        <translation>--workload 必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>--input-tokens must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--input-tokens 必须是 1 到 %1 之间的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>--prompt and --prompt-file cannot both be given</source>
        <translation>--prompt 和 --prompt-file 不能同时指定</translation>
    </message>
    <message>
        <source>--input-sweep takes whole numbers of tokens from 1 to %1, not &quot;%2&quot;</source>
        <translation>--input-sweep 接受 1 到 %1 之间的整数 token 数，而不是“%2”</translation>
    </message>
    <message>
        <source>Measure TTFT against input length: --iterations requests at each of these input lengths (e.g. 100,1000,4000,16000), interleaved; each model&apos;s prefill rate is estimated from the slope.</source>
        <translation>测量 TTFT 随输入长度的变化：在每个输入长度（例如 100,1000,4000,16000）上交错发送 --iterations 个请求；由斜率估算每个模型的预填充速率。</translation>
    </message>
    <message>
        <source>a,b,c</source>
        <translation>a,b,c</translation>
    </message>
    <message>
        <source>--dataset-seed needs --dataset</source>
        <translation>--dataset-seed 需要 --dataset</translation>
    </message>
    <message>
        <source>--dataset and --%1 cannot both be given: a conversation is sent as it is</source>
        <translation>不能同时指定 --dataset 和 --%1：对话按原样发送</translation>
    </message>
    <message>
        <source>--dataset-seed must be a whole number from 0 to 2^64-1, not &quot;%1&quot;</source>
        <translation>--dataset-seed 必须是 0 到 2^64-1 的整数，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Send conversations from FILE, JSON Lines of OpenAI &quot;messages&quot; or ShareGPT &quot;conversations&quot;: each request one, drawn with --dataset-seed, the nth request of every lane the same (reports keep the file&apos;s name and SHA-256, not its text).</source>
        <translation>发送 FILE 中的对话，即 OpenAI &quot;messages&quot; 或 ShareGPT &quot;conversations&quot; 的 JSON Lines：每个请求一个，按 --dataset-seed 抽取，各通道的第 n 个请求相同（报告只保留文件名和 SHA-256，不保留其文本）。</translation>
    </message>
    <message>
        <source>Seed of the draw from --dataset (default 1).</source>
        <translation>从 --dataset 抽取的种子（默认 1）。</translation>
    </message>
    <message>
        <source>--dataset sends conversations as they are: the %1 workload&apos;s synthetic prompts cannot go with it</source>
        <translation>--dataset 按原样发送对话：不能与 %1 工作负载的合成提示词一起使用</translation>
    </message>
    <message>
        <source>What each request asks: study (the study&apos;s prompt, 150 max tokens: the default), chat (~100 input tokens), rag (~2000), long (~16000), sweep (100, 1000, 4000 and 16000: TTFT against input length) or agent (a required call to a get_weather tool, timed to its first token).</source>
        <translation>每个请求问什么：study（研究的提示词，最多 150 个 token：默认）、chat（约 100 个输入 token）、rag（约 2000）、long（约 16000）、sweep（100、1000、4000 和 16000：TTFT 随输入长度变化）或 agent（要求调用 get_weather 工具，计时到其首个 token）。</translation>
    </message>
    <message>
        <source>Offer a tool (get_weather) and require a call to it, as an agent would (the agent workload does this): the answer is the call, its arguments stream as tokens, and the time to its first token is reported beside TTFT.</source>
        <translation>提供一个工具（get_weather）并要求调用它，就像智能体那样（agent 工作负载即如此）：回答就是该调用，其参数以 token 流式传输，到其首个 token 的时间与 TTFT 一并报告。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Measures how fast LLM APIs really stream.</source>
        <translation>测量 LLM API 真实的流式输出速度。</translation>
    </message>
    <message>
        <source>Start a run of every model on the simulated provider at launch.</source>
        <translation>启动时使用模拟服务商对所有模型开始运行。</translation>
    </message>
    <message>
        <source>Speed-up of the simulated provider (default 1).</source>
        <translation>模拟服务商的加速倍数（默认 1）。</translation>
    </message>
    <message>
        <source>Requests per model and region in --demo (default 3).</source>
        <translation>--demo 模式下每个模型和区域的请求数（默认 3）。</translation>
    </message>
    <message>
        <source>With --demo: save a screenshot here when the run ends, then quit.</source>
        <translation>配合 --demo：运行结束时将截图保存到此处，然后退出。</translation>
    </message>
    <message>
        <source>Window size, e.g. 1600x1000.</source>
        <translation>窗口大小，例如 1600x1000。</translation>
    </message>
    <message>
        <source>en, de or zh_CN (default: the system&apos;s).</source>
        <translation>en、de 或 zh_CN（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>Use this settings file instead of the user&apos;s.</source>
        <translation>使用此设置文件代替用户的设置文件。</translation>
    </message>
    <message>
        <source>Add or override models from a catalog file.</source>
        <translation>从目录文件添加或覆盖模型。</translation>
    </message>
    <message>
        <source>--time-scale must be a number from 1 to 100</source>
        <translation>--time-scale 必须是 1 到 100 之间的数字</translation>
    </message>
    <message>
        <source>--iterations must be a whole number from 1 to 1000</source>
        <translation>--iterations 必须是 1 到 1000 之间的整数</translation>
    </message>
    <message>
        <source>--screenshot needs --demo</source>
        <translation>--screenshot 需要与 --demo 一起使用</translation>
    </message>
    <message>
        <source>--size must look like 1600x1000 (at least 640x480)</source>
        <translation>--size 的格式必须类似 1600x1000（至少 640x480）</translation>
    </message>
    <message>
        <source>--show must be one of %1</source>
        <translation>--show 必须是 %1 之一</translation>
    </message>
    <message>
        <source>With --demo: what the screenshot shows: %1 (compare runs the demo until the history holds two runs).</source>
        <translation>与 --demo 一起使用：截图显示的内容：%1（compare 会运行演示，直到历史记录中有两次运行）。</translation>
    </message>
    <message>
        <source>With --demo: run these catalog models only (comma-separated ids).</source>
        <translation>配合 --demo：只运行这些目录模型（逗号分隔的 ID）。</translation>
    </message>
    <message>
        <source>With --screenshot: take it S seconds into the run, live, then stop.</source>
        <translation>配合 --screenshot：在运行开始 S 秒后实时截图，然后停止。</translation>
    </message>
    <message>
        <source>--screenshot-after needs --screenshot and 0 to 3600 seconds</source>
        <translation>--screenshot-after 需要 --screenshot 以及 0 到 3600 秒</translation>
    </message>
</context>
<context>
    <name>tokenmeter-cli</name>
    <message>
        <source>unknown command &quot;%1&quot;
</source>
        <translation>未知命令 &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Usage: tokenmeter-cli COMMAND [options]

Commands:
  run        benchmark streaming chat models (default: the embedded simulated provider)
  sweep      step the load (concurrency or rate) and find where latency breaks
  sim        run the simulated OpenAI-compatible provider on its own
  report     re-export a saved report (table, json, csv, requests-csv, md, html, pdf)
  history    list, show and export the runs kept in the history
  compare    compare two reports: changes per model and region, and whether beyond noise
  models     list the models an endpoint serves
  endpoints  list the saved endpoints, or show one (never a key)
  regions    list the saved regions requests leave from

&apos;tokenmeter-cli COMMAND --help&apos; lists a command&apos;s options.
</source>
        <translation>用法：tokenmeter-cli COMMAND [options]

命令：
  run        对流式聊天模型进行基准测试（默认：内置的模拟服务商）
  sweep      逐阶提高负载（并发或速率），找出延迟崩溃之处
  sim        单独运行模拟的 OpenAI 兼容服务商
  report     重新导出已保存的报告（table、json、csv、requests-csv、md、html、pdf）
  history    列出、显示和导出历史记录中保存的运行
  compare    比较两份报告：按模型和区域列出变化，以及是否超出噪声
  models     列出端点提供的模型
  endpoints  列出已保存的端点，或显示其中一个（从不显示密钥）
  regions    列出已保存的区域（请求从何处发出）

&apos;tokenmeter-cli COMMAND --help&apos; 会列出该命令的选项。
</translation>
    </message>
</context>
</TS>

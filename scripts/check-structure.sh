#!/usr/bin/env bash
# The architecture's rules, checked (ctest runs it as "structure"):
# - engine/ and app/cli/ include no widget, chart or ui/ header;
# - every ui/ file is about widgets, item models, charts, dialogs or their
#   colours: it includes or declares one of those, else it belongs in engine/;
# - no production file over 500 lines, no production function over 80
#   (Universal Ctags finds the functions).
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
fail() { echo "structure: $*" >&2; status=1; }

widgetHeaders='#include ([<"](QtWidgets|QWidget|QMainWindow|QDialog|QApplication|QtCharts|QChart|QAbstractButton|QLabel)|"(\.\./)*ui/)'
if hits=$(grep -rlE "$widgetHeaders" engine app/cli --include='*.h' --include='*.cpp'); then
    fail "widget, chart or ui/ headers in the engine or the CLI: $hits"
fi

uiKinds='Q[A-Za-z]*(Widget|Dialog|Window|Model|View|Delegate|Color|Splitter|Action|ToolBar|Menu|Chart|Series|Axis|Painter|Pixmap|Button|Box|Edit|Label)\b|ChartPanel|EntryEditor'
for f in $(git ls-files 'ui/*.h' 'ui/*.cpp'); do
    grep -qE "$uiKinds" "$f" || fail "$f holds no widget, model, chart or dialog: move its logic to engine/"
done

while read -r lines file; do
    [ "$file" = total ] && continue
    [ "$lines" -gt 500 ] && fail "$file has $lines lines (at most 500): split it by idea"
done < <(git ls-files 'engine/*' 'app/*' 'ui/*' | grep -E '\.(cpp|h)$' | xargs wc -l)

if command -v ctags >/dev/null; then
    while read -r where name end; do
        start=${where##*:}
        [[ "$end" =~ ^[0-9]+$ ]] || continue
        [ $((end - start)) -gt 80 ] && fail "${where} ${name} is $((end - start)) lines (at most 80)"
    done < <(git ls-files 'engine/*.cpp' 'app/*.cpp' 'ui/*.cpp' \
        | xargs ctags -x --_xformat='%{input}:%{line} %{name} %{end}' --kinds-c++=f)
else
    fail "ctags (Universal Ctags) is not installed: function lengths unchecked"
fi
[ "$status" -eq 0 ] && echo "structure: engine free of widgets, ui/ all widgets, files <= 500 lines, functions <= 80"
exit "$status"

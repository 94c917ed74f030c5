#!/usr/bin/env bash
# The workbench's main job without a display: the Qinzhou scorecard printed, the project file, the
# scorecard tables and compliance maps written, and their paths said.
# Usage: scripts/headless-main-job.sh BUILD_DIR OUT_DIR
set -euo pipefail
build="${1:-build}"
out="${2:-out}"
cli="$build/src/cli/jieshui-cli"
mkdir -p "$out"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

echo "== 钦州市节水行动 目标评估 / Qinzhou water-saving plan scorecard (baseline scenario) =="
"$cli" evaluate --lang zh
"$cli" evaluate --lang zh --format csv --out "$out/qinzhou-scorecard.csv"
"$cli" evaluate --lang en --format json --out "$out/qinzhou-scorecard.json"

rm -f "$out/qinzhou.gpkg"
"$cli" new "$out/qinzhou.gpkg" --template qinzhou
# Every scenario of the embedded project (the first column of its scenarios table).
for scenario in $(tail -n +2 data/qinzhou/scenarios.csv | cut -d, -f1); do
  "$cli" evaluate "$out/qinzhou.gpkg" --scenario "$scenario" > /dev/null
done

maps=()
if "$cli" --help | grep -q export-map; then
  for spec in "irrigation-coefficient 2020" "water-per-gdp-reduction 2022" "total-water-use 2022"; do
    set -- $spec
    for ext in png pdf; do
      file="$out/map-$1-$2.$ext"
      "$cli" export-map "$out/qinzhou.gpkg" --indicator "$1" --year "$2" --out "$file" --lang zh
      maps+=("$file")
    done
  done
fi

echo
echo "Outputs / 输出文件:"
echo "  $out/qinzhou.gpkg            project file (GeoPackage; open it in QGIS) / 项目文件"
echo "  $out/qinzhou-scorecard.csv   scorecard, CSV with UTF-8 BOM for Excel / 评估表"
echo "  $out/qinzhou-scorecard.json  scorecard, JSON"
for m in "${maps[@]}"; do echo "  $m"; done

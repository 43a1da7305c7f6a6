#!/usr/bin/env bash
# Makes docs/images/drag-examples.png and prints the table of docs/DRAG-AND-SLIDERS.md's "Drag":
# runs `latent-brush drag` on each example below, marks the handle (red), the target (blue) and
# where the tracker found the handle at the end (yellow) on the pictures, and lays out
# before | after per row, two drags a row.
#
#   docs/drag-examples.sh [OUT_FOLDER]
#
# LATENT_BRUSH names the command line to run (default ./latent-brush); REPEATS (default 3) how many
# times each drag runs for the success counts printed last: two engine threads add up sums in
# varying order, and a drag's outcome follows such small differences. Needs ImageMagick and jq.
set -euo pipefail
cd "$(dirname "$0")/.."
latent_brush=${LATENT_BRUSH:-./latent-brush}
out=${1:-$(mktemp -d)}
mkdir -p "$out"
scale=3

# seed  handle  target  what
examples=(
  "13 47,32 35,32 tree_left"
  "13 32,27 32,15 horizon_up"
  "11 53,24 41,24 tree_left"
  "20 25,12 37,12 cloud_right"
  "20 32,46 32,34 shore_up"
  "22 32,33 32,21 horizon_up"
  "7 32,20 32,32 horizon_down"
  "19 6,26 18,26 tree_right"
  "24 37,22 25,22 dark_patch_left"
  "4 34,44 22,44 tree_left"
)

dot() {  # picture, point "x,y", colour -> draws a ring at the point in the enlarged picture
  local x=${2%,*} y=${2#*,}
  local cx cy
  cx=$(awk "BEGIN{print $x*$scale}")
  cy=$(awk "BEGIN{print $y*$scale}")
  mogrify -fill none -stroke "$3" -strokewidth 2 -draw "circle $cx,$cy $(awk "BEGIN{print $cx+4}"),$cy" "$1"
}

repeats=${REPEATS:-3}
echo "| # | drag | seed | handle → target | start distance | end, tracked | ratio | end, by its pixels | ratio | steps | ms |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
tiles=()
reports=()
n=0
for example in "${examples[@]}"; do
  read -r seed handle target what <<<"$example"
  n=$((n + 1))
  dir=$out/drag-$n
  $latent_brush drag --model landscape-64 --seed "$seed" --handle "$handle" --target "$target" \
      --out "$dir" >/dev/null 2>"$dir.log" || { cat "$dir.log" >&2; exit 1; }
  end=$(jq -r '.handles[0].end | "\(.[0]),\(.[1])"' "$dir/report.json")
  for picture in before after; do
    convert "$dir/$picture.png" -filter point -resize $((64 * scale))x "$dir/$picture-marked.png"
    dot "$dir/$picture-marked.png" "$handle" red
    dot "$dir/$picture-marked.png" "$target" "#3070ff"
  done
  dot "$dir/after-marked.png" "$end" yellow
  tiles+=("$dir/before-marked.png" "$dir/after-marked.png")
  reports+=("$dir/report.json")
  jq -r --arg n "$n" --arg what "${what//_/ }" --arg seed "$seed" --arg h "$handle" --arg t "$target" \
      '.handles[0] as $d | "| \($n) | \($what) | \($seed) | \($h) → \($t) | \($d.startDistance | . * 10 | round / 10) | \($d.endDistance | . * 10 | round / 10) | \($d.endDistance / $d.startDistance * 100 | round) % | \($d.imageEndDistance | . * 10 | round / 10) | \($d.imageEndDistance / $d.startDistance * 100 | round) % | \(.steps) | \(.millis) |"' \
      "$dir/report.json"
done
# Every run of every drag, the first ones above included: how often each measure ends within 40 %.
for example in "${examples[@]}"; do
  read -r seed handle target what <<<"$example"
  for ((r = 2; r <= repeats; r++)); do
    dir=$out/repeat-$seed-${handle/,/_}-$r
    $latent_brush drag --model landscape-64 --seed "$seed" --handle "$handle" --target "$target" \
        --out "$dir" >/dev/null 2>&1
    reports+=("$dir/report.json")
  done
done
tracked=0 pixels=0
for report in "${reports[@]}"; do
  jq -e '.handles[0] | .endDistance <= 0.4 * .startDistance' "$report" >/dev/null && tracked=$((tracked + 1))
  jq -e '.handles[0] | .imageEndDistance <= 0.4 * .startDistance' "$report" >/dev/null && pixels=$((pixels + 1))
done
median=$(jq -s 'map(.millis) | sort | .[(length - 1) / 2 | floor]' "${reports[@]}")
echo
echo "Within 40 % of the start distance, of ${#reports[@]} runs ($repeats of each drag): $tracked as tracked," \
    "$pixels by the pixels; median $median ms a drag."
montage "${tiles[@]}" -tile 4x -geometry +2+2 -background white docs/images/drag-examples.png
echo "wrote docs/images/drag-examples.png from $out" >&2

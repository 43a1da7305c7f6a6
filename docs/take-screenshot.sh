#!/usr/bin/env bash
# Takes docs/images/editor.png: the editor under Xvfb, after replaying a strokes file; with a photo,
# docs/images/photo-editing.png: the photo projected, the strokes replayed on it. Another model than
# landscape-64 writes docs/images/editor-MODEL.png.
#
#   docs/take-screenshot.sh [STROKES.json] [MODEL] [PHOTO.jpg]
#   docs/take-screenshot.sh assets/examples/lake-photo-strokes.json landscape-64 assets/examples/lake-photo.jpg
#   docs/take-screenshot.sh assets/examples/shoe-strokes.json shoes-32
#
# Needs Xvfb, ImageMagick's `import` and GTK 3 for JavaFX's window (Debian: xvfb imagemagick
# libgtk-3-0), and the built editor: mvn -B -q install -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
strokes=${1:-assets/examples/sunset-lake.json}
model=${2:-landscape-64}
photo=${3:-}
out=docs/images/editor.png
if [[ $model != landscape-64 ]]; then
  out=docs/images/editor-$model.png
fi
if [[ -n $photo ]]; then
  out=docs/images/photo-editing.png
fi
display=:${SCREENSHOT_DISPLAY:-97}
width=1320
height=860

work=$(mktemp -d)
cleanup() {
  [[ -n ${app:-} ]] && kill "$app" 2>/dev/null || true
  [[ -n ${xvfb:-} ]] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The screen is the window's size, so the window fills it without a window manager.
Xvfb "$display" -screen 0 "${width}x${height}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
sleep 1

# Settings of its own (the JDK's preferences root in the work folder): the window size and brush
# of earlier runs must not leak in, and the user's settings stay untouched.
DISPLAY=$display ONEDNN_MAX_CPU_ISA=${ONEDNN_MAX_CPU_ISA:-ALL} java -Dlatentbrush.data="$work/data" \
  -Djava.util.prefs.userRoot="$work/prefs" \
  -Dprism.lcdtext=false \
  -cp "app/target/app-0.1.0.jar:app/target/lib/*" org.latentbrush.app.Main \
  --model "$model" --replay "$strokes" --ready-file "$work/ready" --seed 7 --no-recovery ${photo:+"$photo"} \
  >"$work/editor.log" 2>&1 &
app=$!

for _ in $(seq 1 240); do
  [[ -f $work/ready ]] && break
  if ! kill -0 "$app" 2>/dev/null; then
    cat "$work/editor.log" >&2
    echo "take-screenshot: the editor exited early" >&2
    exit 1
  fi
  sleep 0.5
done
if [[ ! -f $work/ready ]]; then
  echo "take-screenshot: the editor did not finish the strokes in time" >&2
  exit 1
fi
sleep 1
if [[ -n $photo ]]; then
  # Switch on the before/after split (key C) as a user would; no window manager, so a robot types it.
  cat >"$work/Press.java" <<'JAVA'
public class Press {
    public static void main(String[] args) throws Exception {
        java.awt.Robot robot = new java.awt.Robot();
        robot.mouseMove(900, 780); // over the window, away from the canvas
        robot.delay(200);
        robot.keyPress(java.awt.event.KeyEvent.VK_C);
        robot.keyRelease(java.awt.event.KeyEvent.VK_C);
        robot.delay(200);
    }
}
JAVA
  DISPLAY=$display java "$work/Press.java"
  sleep 2
fi
mkdir -p "$(dirname "$out")"
DISPLAY=$display import -window root "$out"
echo "wrote $out"

#!/usr/bin/env bash
# Builds Latent Brush's installers with jpackage: an app-image, and a .deb (or --type rpm, msi,
# dmg on those systems), with a jlink-trimmed runtime, the built-in models, the icon, a desktop
# entry, the .lbrush file association and a second launcher for the command line.
#
#   installers/build.sh [--type app-image|deb|rpm|msi|dmg] [--skip-build]
#
# Output: installers/target/. Settings: installers/app.properties, cli.properties, lbrush.properties.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
type=""
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --type) type="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    *) echo "usage: installers/build.sh [--type app-image|deb|rpm|msi|dmg] [--skip-build]" >&2; exit 2 ;;
  esac
done
if [ -z "$type" ]; then
  case "$(uname -s)" in
    Linux) type=deb ;; Darwin) type=dmg ;; *) type=msi ;;
  esac
fi
prop() { sed -n "s/^$1=//p" "$root/installers/app.properties"; }

# The version is the pom's: the first <version> after the parent's artifactId.
version=$(sed -n '/<artifactId>latent-brush-parent<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' pom.xml)
[ -n "$version" ] || { echo "build.sh: cannot read the version from pom.xml" >&2; exit 1; }

if [ "$build" = 1 ]; then
  mvn -B -q -DskipTests install
fi

out="$root/installers/target"
input="$out/input"
rm -rf "$out"
mkdir -p "$input"
cp app/target/app-"$version".jar "$input/"
# JavaFX's platform-less jars are empty stand-ins; the classifier jars hold the classes.
find app/target/lib -name '*.jar' ! -regex '.*/javafx-[a-z]*-[0-9.]*\.jar' -exec cp {} "$input/" \;
mkdir -p "$input/assets"
# The models, and the feature classifiers that `latent-brush evaluate` measures them with.
cp -r assets/models assets/upscalers assets/quality "$input/assets/"

# PyTorch's native libraries ship unpacked: xz packs them far smaller than the jar's deflate does,
# and the program loads them in place instead of unpacking 450 MB into the user's home on first run.
native_jar=$(ls "$input"/pytorch-native-*.jar)
pytorch_version=$(basename "$native_jar" | sed 's/pytorch-native-[a-z0-9]*-\([0-9.]*\)-.*/\1/')
(mkdir -p "$out/native-jar" && cd "$out/native-jar" && jar xf "$native_jar" pytorch)
mkdir -p "$input/native"
find "$out/native-jar/pytorch" -type f -exec mv {} "$input/native/" \;
rm -rf "$out/native-jar" "$native_jar"
native_options="-DPYTORCH_LIBRARY_PATH=\$APPDIR/native -DPYTORCH_VERSION=$pytorch_version -DPYTORCH_FLAVOR=cpu"

# The runtime: only the JDK modules the program uses, without debug symbols, man pages or headers.
modules=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 \
  --class-path "$input/*" "$input/app-$version.jar" 2>/dev/null || true)
# jdeps cannot see reflective and service uses: preferences, zip file systems, Unsafe (JavaFX).
modules="${modules:+$modules,}java.desktop,java.logging,java.prefs,java.xml,java.naming,java.management,java.scripting,jdk.unsupported,jdk.zipfs,jdk.crypto.ec,jdk.localedata"
# No --compress: the package's own compression does better on uncompressed modules.
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --output "$out/runtime"

# The command line's launcher needs the same native-library options as the editor's.
sed "s|^java-options=.*|& $native_options|" "$root/installers/cli.properties" > "$out/cli.properties"

args=(--name "$(prop name)" --app-version "$version" --vendor "$(prop vendor)"
  --description "$(prop description)" --input "$input" --main-jar "app-$version.jar"
  --main-class "$(prop main-class)" --runtime-image "$out/runtime" --dest "$out"
  --java-options "$(prop java-options) $native_options"
  --add-launcher latent-brush="$out/cli.properties")
case "$type" in
  app-image) ;;
  deb|rpm) # JavaFX opens its windows through GTK 3, which it loads at run time: jpackage cannot
           # see that dependency by itself.
           gtk=$([ "$type" = deb ] && echo libgtk-3-0 || echo gtk3)
           args+=(--linux-package-deps "$gtk" --resource-dir "$root/installers/linux"
                  --linux-package-name "$(prop package-name)" --linux-shortcut
                  --linux-menu-group "$(prop category)" --linux-app-category graphics
                  --file-associations "$root/installers/lbrush.properties") ;;
  msi) args+=(--win-menu --win-shortcut --win-dir-chooser
              --file-associations "$root/installers/lbrush.properties") ;;
  dmg) args+=(--file-associations "$root/installers/lbrush.properties") ;;
esac
case "$type" in
  msi) args+=(--icon "$root/installers/latent-brush.ico") ;;
  dmg) # macOS makes its icon format from the PNG with its own tools.
       iconset="$out/latent-brush.iconset"; mkdir -p "$iconset"
       for size in 16 32 128 256; do
         sips -z $size $size "$root/$(prop icon)" --out "$iconset/icon_${size}x${size}.png" >/dev/null
       done
       iconutil -c icns "$iconset" -o "$out/latent-brush.icns"
       args+=(--icon "$out/latent-brush.icns") ;;
  *) args+=(--icon "$root/$(prop icon)") ;;
esac
jpackage --type "$type" "${args[@]}"
ls -la "$out"
du -sh "$out"/* 2>/dev/null | sort -h | tail -5

#!/usr/bin/env bash
# Digit Lab as one file to download and double-click: the JDK's jpackage makes, for the OS it runs
# on, an app image with its own trimmed Java runtime, JavaFX, ND4J's native libraries for this OS,
# the sample models, MNIST and Fashion-MNIST (gzipped, so lessons work offline), and an installer
# (.deb on Linux, .msi on Windows, .dmg on macOS) with a menu entry, an icon, and .dlesson/.dlmodel
# file associations. Inside, `digitlab` is the command line (bin/digitlab's commands and JVM options).
#
# Usage: scripts/package.sh [--image-only] [--type TYPE] [--check-modules]
#   --image-only     the app image only (target/package/image/), as CI does: no installer tools needed
#   --type TYPE      another installer type jpackage knows (exe instead of msi, rpm instead of deb)
#   --check-modules  only runs jdeps over every class of the app and its jars (a minute) and fails if
#                    they need a Java module the runtime below leaves out: run it after adding a library
#   PACKAGE_AVX512=yes also bundles ND4J's AVX-512 build (+99 MB); PACKAGE_DATASETS="mnist" leaves
#   Fashion-MNIST out (-30 MB; lesson 003 then downloads it).
# Needs the build (mvn -q -B -DskipTests package), JDK 17+ with jpackage, and the datasets in the
# cache (scripts/fetch-datasets.sh). Linux .deb: fakeroot and dpkg-deb. Windows: WiX 3 on the
# PATH, run from Git Bash. macOS: Xcode's command line tools. README, "Installer": each OS's notes.
# Writes only under target/package/.
set -euo pipefail
cd "$(dirname "$0")/.."

image_only=no
check_modules=no
type=
while [ $# -gt 0 ]; do
  case "$1" in
    --image-only) image_only=yes ;;
    --check-modules) check_modules=yes ;;
    --type) type=${2:?--type needs a type, e.g. deb, rpm, msi, exe, dmg, pkg}; shift ;;
    *) echo "package.sh: unknown option $1 (use --image-only, --type TYPE or --check-modules)" >&2; exit 2 ;;
  esac
  shift
done

jar=target/digitlab.jar
if [ ! -f "$jar" ] || [ ! -d target/lib ]; then
  echo "package.sh: the build is missing ($jar). Build it first: mvn -q -B -DskipTests package" >&2
  exit 1
fi
jpackage=${JAVA_HOME:+$JAVA_HOME/bin/}jpackage
command -v "$jpackage" >/dev/null || { echo "package.sh: no jpackage (JDK 17+) in PATH or JAVA_HOME" >&2; exit 1; }

# This OS, as JavaCPP names native builds and as JavaFX names its platform jars.
case "$(uname -s)" in
  Linux) os=linux; fx_os=linux ;;
  Darwin) os=macosx; fx_os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; fx_os=win ;;
  *) echo "package.sh: unsupported OS $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x86_64; fx_arch= ;;
  aarch64|arm64) arch=arm64; fx_arch=-aarch64 ;;
  *) echo "package.sh: unsupported CPU $(uname -m)" >&2; exit 1 ;;
esac
platform=$os-$arch

# The Java modules the code uses, from jdeps over every class of the app and its libraries (see
# README, "Installer"), plus what is looked up at run time: TLS for dataset downloads (jdk.crypto.ec),
# zip file systems (jdk.zipfs), the legacy charsets (jdk.charsets). JavaFX stays on the class path.
modules=java.base,java.compiler,java.desktop,java.logging,java.management,java.net.http,java.prefs,java.rmi
modules=$modules,java.scripting,java.sql,java.xml,jdk.jfr,jdk.management,jdk.unsupported
modules=$modules,jdk.crypto.ec,jdk.zipfs,jdk.charsets

if [ "$check_modules" = yes ]; then
  # jdeps cannot take the jars as they are (some carry module descriptors it refuses): their classes
  # are unpacked into one folder without them.
  classes=target/jdeps-classes
  rm -rf "$classes" && mkdir -p "$classes"
  for j in "$jar" target/lib/*.jar; do
    unzip -qo "$j" '*.class' -x '*module-info.class' 'META-INF/*' -d "$classes" 2>/dev/null || true
  done
  needed=$("${JAVA_HOME:+$JAVA_HOME/bin/}jdeps" --ignore-missing-deps --print-module-deps -q "$classes" | tail -1)
  rm -rf "$classes"
  missing=$(comm -23 <(tr , '\n' <<< "$needed" | sort) <(tr , '\n' <<< "$modules" | sort))
  echo "package.sh: jdeps finds $needed" >&2
  [ -z "$missing" ] || { echo "package.sh: add to the modules: $(echo $missing)" >&2; exit 1; }
  exit 0
fi

# The datasets to bundle (Fashion-MNIST for lesson 003), gzipped, from the cache or Debian's folder.
datasets=${PACKAGE_DATASETS:-mnist fashion-mnist}
idx_files="train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte"
dataset_file() {  # dataset_file ID NAME: the cached raw file, else a system one, raw or gzipped
  local f
  for f in "${DIGITLAB_HOME:-$HOME/.digitlab}/datasets/$1/$2" "/usr/share/datasets/$1/$2" \
      "/usr/share/datasets/$1/$2.gz"; do
    if [ -f "$f" ]; then echo "$f"; return; fi
  done
}
for id in $datasets; do
  for f in $idx_files; do
    [ -n "$(dataset_file "$id" "$f")" ] \
      || { echo "package.sh: $id's $f is not in the cache (run scripts/fetch-datasets.sh)" >&2; exit 1; }
  done
done

out=target/package
rm -rf "$out"
mkdir -p "$out/input/lib" "$out/input/sample-models" "$out/input/datasets"

# The jars: the app's, then its libraries less what this computer cannot use or never loads.
cp "$jar" "$out/input/"
for lib in target/lib/*.jar; do
  name=$(basename "$lib")
  case "$name" in
    # JavaFX's empty classifier-less jars (the code is in the platform jars) and other OSes' jars.
    javafx-*-[0-9]*[0-9].jar) continue ;;
    javafx-*-"$fx_os$fx_arch".jar) ;;
    javafx-*) continue ;;
    # MKL's bindings: used only with -Dorg.bytedeco.openblas.load=mkl_rt and MKL's 210 MB
    # redistributable, which is not bundled.
    mkl-*) continue ;;
    # ND4J's plain native build: NativeSetup always picks a oneDNN build when one is there (the
    # generic -onednn build runs on any x86-64 CPU). The AVX-512 build only with PACKAGE_AVX512=yes:
    # few classroom laptops have AVX-512, and they run the AVX2 build.
    "nd4j-native-"*"-$platform.jar") ls target/lib/*-"$platform"-onednn.jar >/dev/null 2>&1 && continue ;;
    *-onednn-avx512.jar) [ "${PACKAGE_AVX512:-no}" = yes ] || continue ;;
    # Native jars of other platforms (a build made with -Djavacpp.platform=... for several).
    *-linux-*.jar|*-macosx-*.jar|*-windows-*.jar|*-android-*.jar|*-ios-*.jar)
      case "$name" in *"-$platform.jar"|*"-$platform-"*) ;; *) continue ;; esac ;;
  esac
  cp "$lib" "$out/input/lib/"
done
cp sample-models/*.zip sample-models/README.md "$out/input/sample-models/"
# The datasets gzipped (MNIST 11 MB instead of 55, Fashion-MNIST 30): read in place from the app's
# folder (DatasetStore's bundled folder), checked against their SHA-256 once per user, never copied
# into the user's cache.
for id in $datasets; do
  mkdir -p "$out/input/datasets/$id"
  for f in $idx_files; do
    src=$(dataset_file "$id" "$f")
    case "$src" in
      *.gz) cp "$src" "$out/input/datasets/$id/$f.gz" ;;
      *) gzip -n -c "$src" > "$out/input/datasets/$id/$f.gz" ;;
    esac
  done
done

# bin/jvm.options, the same options as bin/digitlab, one --java-options each; plus the bundled
# datasets' folder ($APPDIR is the app's folder, expanded by the launcher).
java_options=()
while IFS= read -r line; do
  line=${line%$'\r'}  # a Windows checkout's line ends
  case "$line" in ''|'#'*) continue ;; esac
  java_options+=(--java-options "$line")
done < bin/jvm.options
java_options+=(--java-options '-Ddigitlab.bundledDatasets=$APPDIR/datasets')
if [ "$os" != windows ]; then
  java_options+=(--java-options '-XX:ErrorFile=/tmp/digitlab-hs_err_pid%p.log')
fi

version=$(sed -n 's/^version=//p' target/classes/digitlab-version.properties 2>/dev/null | head -1)
version=${version%%-*}
version=${version:-0.1.0}

icon=src/main/packaging/digitlab.png
case "$os" in
  windows) icon=src/main/packaging/digitlab.ico ;;
  macosx)
    # macOS wants an .icns: made from the PNG with the system's own sips and iconutil.
    set_dir=$out/digitlab.iconset
    mkdir -p "$set_dir"
    for s in 16 32 64 128 256; do
      sips -z $s $s src/main/packaging/digitlab.png --out "$set_dir/icon_${s}x${s}.png" >/dev/null
    done
    iconutil -c icns "$set_dir" -o "$out/digitlab.icns"
    icon=$out/digitlab.icns ;;
esac

# The command line, as a second launcher: same jar and JVM options, Main as the entry point, a
# console on Windows, no Start menu entry (Linux: see its .desktop file below).
cat > "$out/cli.properties" <<PROPS
main-class=org.digitlab.Main
win-console=true
win-shortcut=false
win-menu=false
PROPS
cat > "$out/lesson.properties" <<PROPS
extension=dlesson
mime-type=application/x-digitlab-lesson
description=Digit Lab lesson
icon=$icon
PROPS
cat > "$out/model.properties" <<PROPS
extension=dlmodel
mime-type=application/x-digitlab-model
description=Digit Lab model
icon=$icon
PROPS

# The window's launcher is "Digit Lab", the command line's "digitlab": names that differ in more than
# case, since Windows and macOS do not tell DigitLab.exe from digitlab.exe.
app_name="Digit Lab"
common=(--name "$app_name" --app-version "$version" --vendor "Digit Lab"
  --description "Draw digits and watch a neural network read them; train, evaluate, look inside.")

echo "package.sh: app image for $platform" >&2
"$jpackage" --type app-image "${common[@]}" --dest "$out/image" --temp "$out/work-image" \
  --input "$out/input" --main-jar digitlab.jar --main-class org.digitlab.DesktopMain \
  --add-modules "$modules" --icon "$icon" "${java_options[@]}" \
  --add-launcher digitlab="$out/cli.properties"
rm -rf "$out/work-image"  # jpackage's scratch folder: in target/ rather than /tmp, and not kept
image="$out/image/$app_name"
if [ "$os" = macosx ]; then image=$image.app; fi

if [ "$image_only" = yes ]; then
  du -sh "$out/image" >&2
  exit 0
fi

case "$os" in
  linux) type=${type:-deb}
    # jpackage 17's menu entry has no %F in its Exec line, so a double-clicked file would not reach
    # the app: the same template (jpackage fills in the capitals) with it.
    mkdir -p "$out/resources"
    cat > "$out/resources/$app_name.desktop" <<'DESKTOP'
[Desktop Entry]
Name=APPLICATION_NAME
Comment=APPLICATION_DESCRIPTION
Exec=APPLICATION_LAUNCHER %F
Icon=APPLICATION_ICON
Terminal=false
Type=Application
Categories=DEPLOY_BUNDLE_CATEGORY;
Keywords=MNIST;neural network;machine learning;digits;
DESKTOP_MIMES
DESKTOP
    # jpackage 17 makes a menu entry for the command line too, whatever its launcher's properties
    # say: hidden from menus, and in a terminal should anything start it.
    cat > "$out/resources/digitlab.desktop" <<'DESKTOP'
[Desktop Entry]
Name=APPLICATION_NAME
Comment=Digit Lab's command line
Exec=APPLICATION_LAUNCHER
Icon=APPLICATION_ICON
Terminal=true
Type=Application
NoDisplay=true
DESKTOP
    installer=(--linux-package-name digitlab --linux-shortcut --linux-menu-group Education
      --linux-app-category education --linux-package-deps 'libgtk-3-0 | libgtk-3-0t64'
      --resource-dir "$out/resources") ;;
  windows) type=${type:-msi}
    # A fixed upgrade code: a newer installer replaces the old version instead of sitting beside it.
    installer=(--win-menu --win-menu-group "Digit Lab" --win-shortcut --win-dir-chooser --win-per-user-install
      --win-upgrade-uuid 6f1c2a0e-7d1b-4c1e-9a8e-2f5d0c3b9e41) ;;
  macosx) type=${type:-dmg}
    installer=(--mac-package-identifier org.digitlab --mac-package-name "Digit Lab")
    if [ -n "${MAC_SIGNING_KEY:-}" ]; then
      installer+=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_KEY")
    fi ;;
esac
echo "package.sh: $type installer" >&2
"$jpackage" --type "$type" "${common[@]}" --dest "$out/installer" --temp "$out/work-installer" \
  --app-image "$image" --icon "$icon" \
  --file-associations "$out/lesson.properties" --file-associations "$out/model.properties" \
  "${installer[@]}"
rm -rf "$out/work-installer"
du -sh "$out/image" "$out/installer"/* >&2

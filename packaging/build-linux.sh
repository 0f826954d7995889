#!/usr/bin/env bash
# Builds the Parallax Linux installers with jpackage (part of JDK 17+), from a fresh clone:
#   target/dist/Parallax/                 the app image: bin/Parallax runs the window and the CLI
#   target/dist/parallax_VERSION_ARCH.deb Debian/Ubuntu package, installs to /opt/parallax
#
#   packaging/build-linux.sh                 Maven package, then app image and .deb
#   packaging/build-linux.sh --image-only    no .deb
#   packaging/build-linux.sh --skip-build    reuse target/parallax.jar and target/lib from an earlier build
#
# Needs a JDK 17+ (jpackage, jlink) and Maven; the .deb also needs fakeroot and dpkg-deb, which
# this script installs with apt-get when run as root on Debian/Ubuntu. See packaging/README.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

MAKE_DEB=1
BUILD=1
for arg in "$@"; do
  case "$arg" in
    --image-only) MAKE_DEB=0 ;;
    --skip-build) BUILD=0 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-linux.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

say() { printf '[%4ds] %s\n' "$SECONDS" "$*" >&2; }
die() { echo "build-linux.sh: $*" >&2; exit 1; }

JPACKAGE="${JAVA_HOME:+$JAVA_HOME/bin/}jpackage"
command -v "$JPACKAGE" >/dev/null 2>&1 || die "jpackage not found: install a JDK 17 or newer (Debian: openjdk-17-jdk-headless) or set JAVA_HOME"
JLINK="${JAVA_HOME:+$JAVA_HOME/bin/}jlink"
command -v "$JLINK" >/dev/null 2>&1 || die "jlink not found: install a JDK 17 or newer (Debian: openjdk-17-jdk-headless) or set JAVA_HOME"

if [ "$MAKE_DEB" = 1 ] && ! { command -v fakeroot && command -v dpkg-deb; } >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing fakeroot and dpkg-dev (jpackage needs them for a .deb)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fakeroot dpkg-dev >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fakeroot dpkg-dev >/dev/null; }
  else
    die "a .deb needs fakeroot and dpkg-deb: sudo apt-get install fakeroot dpkg-dev (or use --image-only)"
  fi
fi

if [ "$BUILD" = 1 ]; then
  say "building the jar and collecting its libraries (mvn package)"
  mvn -B -q -DskipTests package
fi
[ -f target/parallax.jar ] && [ -d target/lib ] || die "target/parallax.jar or target/lib is missing: run without --skip-build"

# jpackage wants a numeric version: 0.3.0-SNAPSHOT -> 0.3.0
VERSION="$(sed -n 's/^version=//p' target/maven-archiver/pom.properties 2>/dev/null)"
VERSION="${VERSION:-0.0.0}"
APP_VERSION="${VERSION%%-*}"

# What goes into the app: the jar (with the CoreNLP model files the pipeline loads, see pom.xml),
# the runtime libraries its manifest names in lib/ (only those: target/lib may hold jars of an
# older build), and the sample story the window opens.
STAGE=target/jpackage/input   # packaging/jpackage.args reads it from here
DIST=target/dist
rm -rf target/jpackage "$DIST"
mkdir -p "$STAGE/lib" "$DIST"
cp target/parallax.jar "$STAGE/"
JAR_TOOL="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
(cd target/jpackage && "$JAR_TOOL" xf ../parallax.jar META-INF/MANIFEST.MF)
tr -d '\r' < target/jpackage/META-INF/MANIFEST.MF | sed -n '/^Class-Path:/,/^[A-Za-z-]*: /p' \
  | sed '1s/^Class-Path://; /^[A-Za-z-]*: /d; s/^ //' | tr -d '\n' | tr ' ' '\n' | sed -n 's#^lib/##p' \
  | while read -r jar || [ -n "$jar" ]; do cp "target/lib/$jar" "$STAGE/lib/"; done
cp -r sample-corpus "$STAGE/sample-corpus"
# Records lib/app/parallax.jsa, the start-up archive the launcher maps (jpackage.args); the .deb's
# postinst runs it once installed, as the archive is valid only where it was recorded.
cp packaging/linux/record-startup-archive.sh "$STAGE/"
# The sample story's annotations, made now with this very jar: the installed app's first window
# on the sample then loads no CoreNLP model (read through -Dparallax.cache.bundled, jpackage.args).
say "annotating the sample story for the installer"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx3g -Dparallax.cache.dir="$STAGE/sample-annotations" -Dparallax.cache.refresh=true \
  -jar target/parallax.jar compare "$STAGE/sample-corpus/macron-china" --json target/jpackage/sample-report.json >/dev/null 2>&1 \
  || die "could not analyse the sample story with target/parallax.jar"
# Only the annotations (the run also copied ONNX Runtime's library into its cache folder), readable
# by every user of an install under /opt (cache entries are written private to their owner).
rm -rf "$STAGE/sample-annotations/native"
chmod 644 "$STAGE"/sample-annotations/*.gz

# This installer's platform only: ONNX Runtime and the tokenizers carry native libraries for
# six platforms (about 400 MB unpacked); keep this machine's.
case "$(uname -m)" in
  x86_64|amd64) ORT_PLATFORM=linux-x64; DJL_PLATFORM=linux-x86_64 ;;
  aarch64|arm64) ORT_PLATFORM=linux-aarch64; DJL_PLATFORM=linux-aarch64 ;;
  *) die "no ONNX Runtime build for $(uname -m)" ;;
esac
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
for jar in "$STAGE"/lib/onnxruntime-*.jar; do
  "$JAVA" packaging/KeepPlatformNatives.java "$jar" ai/onnxruntime/native/ "$ORT_PLATFORM" >&2
done
for jar in "$STAGE"/lib/tokenizers-*.jar; do
  "$JAVA" packaging/KeepPlatformNatives.java "$jar" native/lib/ "$DJL_PLATFORM" >&2
done

say "building the runtime (jlink, with the JDK's class-data archive)"
# The JDK modules are those of packaging/jpackage.args (--add-modules, found with jdeps; see
# packaging/README.md). jpackage would link them itself, but without the JDK's class-data archive
# (lib/server/classes.jsa), so every start would parse the JDK's classes afresh. jlink writes the
# archive by running the new runtime's java, so the commands are removed only afterwards, as
# jpackage does; the archive for uncompressed pointers goes too (never used with -Xmx3g).
MODULES="$(sed -n 's/^--add-modules //p' packaging/jpackage.args)"
[ -n "$MODULES" ] || die "no --add-modules line in packaging/jpackage.args"
RUNTIME=target/jpackage/runtime
"$JLINK" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files \
  --generate-cds-archive --output "$RUNTIME" >/dev/null
[ -f "$RUNTIME/lib/server/classes.jsa" ] || die "jlink wrote no class-data archive"
rm -rf "$RUNTIME/bin" "$RUNTIME/lib/server/classes_nocoops.jsa"
grep -v '^--add-modules ' packaging/jpackage.args > target/jpackage/image.args

say "building the app image (launcher around that runtime)"
# The options every platform shares (name, main class, memory, default arguments) are in
# packaging/jpackage.args; here its runtime is the one above.
# With no arguments the launcher opens the window on the bundled sample story ($APPDIR is the
# image's lib/app folder); any argument replaces that, so "Parallax compare DIR ..." is the CLI.
"$JPACKAGE" @target/jpackage/image.args --runtime-image "$RUNTIME" --type app-image --app-version "$APP_VERSION" \
  --icon packaging/icons/parallax.png --dest "$DIST"
say "app image: $DIST/Parallax ($(du -sh "$DIST/Parallax" | cut -f1))"

if [ "$MAKE_DEB" = 1 ]; then
  say "building the .deb from the app image"
  # The payload is jars, already deflated: dpkg's default xz gains 0.3% on them and takes many
  # minutes on 600 MB; gzip is as small here, fast, and every dpkg reads it.
  export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}"
  "$JPACKAGE" --type deb --app-image "$DIST/Parallax" \
    --name Parallax --app-version "$APP_VERSION" --vendor "Parallax project" \
    --description "Compare news articles about one story, claim by claim" --copyright GPL-3.0-or-later \
    --linux-package-name parallax \
    --linux-app-category science \
    --linux-menu-group "Office;Education;" \
    --linux-shortcut \
    --resource-dir packaging/linux \
    --icon packaging/icons/parallax.png \
    --dest "$DIST"
  say "deb: $(ls "$DIST"/*.deb) ($(du -sh "$DIST"/*.deb | cut -f1))"
fi
say "done in ${SECONDS}s"

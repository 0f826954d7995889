#!/bin/sh
# Records the class-data archive the launcher maps at every start (lib/app/parallax.jsa, named by
# -XX:SharedArchiveFile in Parallax.cfg): the classes of one analysis of the sample story, with the
# window's classes loaded too (no window opens, no display needed). Java 17 accepts such an archive
# only where it was recorded, so it cannot ship inside a relocatable image: the .deb's postinst runs
# this once after installing (as root, about 20 s); for an app image unpacked by hand, run it once
# where the image will stay. Without the archive Parallax starts as well, only slower.
set -eu
APP="$(cd "$(dirname "$0")" && pwd)"
IMAGE="$(dirname "$(dirname "$APP")")"
case "$IMAGE" in
  *[[:space:]]*) echo "record-startup-archive: $IMAGE has a space in its path; no archive recorded" >&2; exit 1 ;;
esac
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch" "$APP/parallax.jsa.part"' EXIT
# _JAVA_OPTIONS comes after the launcher's options: the runtime's own archive becomes the base of
# the recording instead of the (absent or old) parallax.jsa, and the analysis keeps nothing.
_JAVA_OPTIONS="-XX:SharedArchiveFile=$IMAGE/lib/runtime/lib/server/classes.jsa -XX:ArchiveClassesAtExit=$APP/parallax.jsa.part \
-Dparallax.startup.windowClasses=true -Dparallax.cache.dir=$scratch/cache -Dparallax.cache.refresh=true -Dparallax.home=$scratch/home" \
  "$IMAGE/bin/Parallax" compare "$APP/sample-corpus/macron-china" --json "$scratch/report.json" >"$scratch/log" 2>&1 \
  || { echo "record-startup-archive: the recording run failed:" >&2; tail -5 "$scratch/log" >&2; exit 1; }
[ -s "$APP/parallax.jsa.part" ] || { echo "record-startup-archive: the recording wrote no archive" >&2; exit 1; }
chmod 644 "$APP/parallax.jsa.part"
mv -f "$APP/parallax.jsa.part" "$APP/parallax.jsa"

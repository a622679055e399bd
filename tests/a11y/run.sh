#!/usr/bin/env bash
# Runs tests/a11y/walk.py against the real app: a private D-Bus session with the AT-SPI bus
# (accessibility switched on, as a screen reader does), a virtual X display, a demo data
# folder, Atelier in French. Usage: run.sh ATELIER_BINARY WORK_DIR
# Exits with walk.py's status.
set -uo pipefail
bin=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work/home"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config
"$bin" demo "$work/demo" >/dev/null || exit 2
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
trap 'kill $app $xvfb 2>/dev/null' EXIT
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
        org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled \
        variant:boolean:true >/dev/null 2>&1 && break
    sleep 0.1
done
"$bin" --data-dir "$work/demo" --lang fr >"$work/app.log" 2>&1 &
app=$!
/usr/bin/python3 "${WALK:-$here/walk.py}"

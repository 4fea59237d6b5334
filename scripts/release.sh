#!/usr/bin/env bash
# Release: static qd binaries (no cgo, trimmed paths, version from git describe) for Windows
# amd64, macOS arm64 and Linux amd64, each zipped with README and examples, into $OUT
# (default dist/), with SHA256SUMS; then checks each archive holds an executable of its
# platform (a PE .exe for Windows).
#   bash scripts/release.sh            (OUT=dir VERSION=v1.2.3 to override)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-dist}
version=${VERSION:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/releasetool" ./scripts/releasetool

for target in windows/amd64 darwin/arm64 linux/amd64; do
  goos=${target%/*} goarch=${target#*/}
  exe=qd; [ "$goos" = windows ] && exe=qd.exe
  name="qd_${version}_${goos}_${goarch}"
  mkdir -p "$work/$name"
  CGO_ENABLED=0 GOOS=$goos GOARCH=$goarch go build -trimpath -buildvcs=false \
    -ldflags "-s -w -buildid= -X github.com/vanthu-vn/qd/cmd.Version=$version" \
    -o "$work/$name/$exe" ./cmd/qd
  cp README.md "$work/$name/"
  cp -r examples "$work/$name/"
  rm -f "$OUT/$name.zip"
  "$work/releasetool" zip "$OUT/$name.zip" "$work" "$name"
  echo "built $OUT/$name.zip"
done
(cd "$OUT" && "$work/releasetool" sums qd_"${version}"_*.zip > SHA256SUMS)
"$work/releasetool" check "$OUT" "$version"

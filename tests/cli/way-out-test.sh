#!/usr/bin/env bash
# Runs the README's "without Mandaat" commands, exactly as written there, on a vault made by
# mandaat-cli init, and checks that they read the vault's first row back; and that a wrong
# passphrase reads nothing.
set -euo pipefail
cli=$1
readme=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

passphrase='Zoë schrijft een lange geheime zin'
printf '%s\n' "$passphrase" | "$cli" init praktijk.mandaat --passphrase-stdin >/dev/null

sed -n '/<!-- way-out:begin -->/,/<!-- way-out:end -->/p' "$readme" | sed '1,2d;$d' | sed '$d' >way-out.sh
grep -q 'argon2' way-out.sh || { echo "FAIL: no way-out commands found in the README"; exit 1; }

today=$(date -u +%F)
output=$(printf '%s\n' "$passphrase" | bash way-out.sh 2>&1) || true
echo "$output"
if ! grep -q "vault.created_at|$today" <<<"$output"; then
    echo "FAIL: the README's commands did not read the vault's first row back"
    exit 1
fi
grep -q 'practice_setting' <<<"$output" || { echo "FAIL: .tables did not list practice_setting"; exit 1; }

wrong=$(printf '%s\n' 'not the passphrase at all' | bash way-out.sh 2>&1) || true
if grep -q "vault.created_at" <<<"$wrong"; then
    echo "FAIL: a wrong passphrase read the vault"
    exit 1
fi
grep -qi 'not a database' <<<"$wrong" || { echo "FAIL: a wrong passphrase gave no error: $wrong"; exit 1; }
echo "1 passed, 0 failed"
